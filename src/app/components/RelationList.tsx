import type { Lang, RelationProperties } from '../../shared/contract';
import type { Messages } from '../i18n';
import type { RelationSummary } from '../format/relationSummary';
import { RelationSwatch } from './RelationSwatch';
import { term } from '../i18n/term';

interface Props {
  relations: readonly RelationSummary[];
  lang: Lang;
  storyLang: Lang;
  t: Messages;
  /** "Pékin → les cinq pays d'Asie centrale": every target, never the first alone. */
  endsOf: (relation: RelationSummary) => string;
  onSelect: (relation: RelationProperties) => void;
}

export function RelationList({ relations, lang, storyLang, t, endsOf, onSelect }: Props) {
  return (
    <ul className="plain-list" data-testid="relation-list">
      {relations.map((relation) => (
        <li key={relation.relation}>
          <button type="button" className="list-button" data-focus-key={`relation-${relation.relation}`} onClick={() => onSelect(relation)}>
            <RelationSwatch kind={relation.kind} />
            <span className="list-button__title">{relation.label[lang]}</span>
            <span className="list-button__meta">
              {term(t.relationKind, relation.kind)} · {endsOf(relation)}
            </span>
          </button>
          {relation.quote && <blockquote lang={storyLang}>« {relation.quote.text} »</blockquote>}
          {relation.note && <p className="note">{relation.note[lang]}</p>}
        </li>
      ))}
    </ul>
  );
}
