import type { Lang } from '../../shared/contract';
import type { RelationSummary } from '../format/relationSummary';
import type { Messages } from '../i18n';
import { term } from '../i18n/term';

/** A relation's tooltip: its kind and label, its ends, and the article's words for it. */
export function RelationQuote({ relation, ends, lang, storyLang, t }: { relation: RelationSummary; ends: string; lang: Lang; storyLang: Lang; t: Messages }) {
  return (
    <div className="relation-quote">
      <p className="relation-quote__label">
        <span className={`kind-chip kind-${relation.kind}`}>{term(t.relationKind, relation.kind)}</span> {relation.label[lang]}
      </p>
      <p className="relation-quote__ends">{ends}</p>
      {relation.quote ? (
        <blockquote lang={storyLang}>« {relation.quote.text} »</blockquote>
      ) : (
        <p className="muted">{t.withoutQuote}</p>
      )}
      {relation.note && <p className="note">{relation.note[lang]}</p>}
    </div>
  );
}
