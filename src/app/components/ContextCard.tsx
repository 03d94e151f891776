import type { Lang, RelationProperties, StoryEvent } from '../../shared/contract';
import type { Messages } from '../i18n';
import type { Context } from '../state/selection';
import { formatStoryDate } from '../format/dates';
import { ParagraphView } from './ArticleText';
import { ClaimView } from './ClaimView';
import { MentionText } from './MentionText';
import { term } from '../i18n/term';
import type { RelationSummary } from '../format/relationSummary';

interface Props {
  title: string;
  subtitle: string;
  note?: string;
  context: Context;
  lang: Lang;
  storyLang: Lang;
  locale: string;
  t: Messages;
  endsOf: (relation: RelationSummary) => string;
  onClose: () => void;
  onRelation: (relation: RelationProperties) => void;
  onEvent: (event: StoryEvent) => void;
}

/** What the story says about the selected country or place. */
export function ContextCard(props: Props) {
  const { title, subtitle, note, context, lang, storyLang, locale, t, endsOf, onClose, onRelation, onEvent } = props;
  return (
    <section className="context" aria-labelledby="context-title">
      <div className="context__head">
        <div>
          <h2 id="context-title" tabIndex={-1}>{title}</h2>
          <p className="context__subtitle">{subtitle}</p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t.closeSelection} title={t.closeSelection}>
          ✕
        </button>
      </div>
      {note && <p className="note">{note}</p>}

      <h3>{t.paragraphsMentioning}</h3>
      {context.paragraphs.length === 0 ? (
        <p className="muted">{t.noParagraphs}</p>
      ) : (
        <div className="context__paragraphs" lang={storyLang}>
          {context.paragraphs.map(({ paragraph, spans }) => (
            <ParagraphView key={paragraph.id} paragraph={paragraph} t={t}>
              <MentionText text={paragraph.text} spans={spans} />
            </ParagraphView>
          ))}
        </div>
      )}

      <h3>{t.relationsInvolving}</h3>
      {context.relations.length === 0 ? (
        <p className="muted">{t.noRelations}</p>
      ) : (
        <ul className="plain-list">
          {context.relations.map((relation) => (
            <li key={relation.id}>
              <button type="button" className="list-button" onClick={() => onRelation(relation)}>
                <span className={`kind-chip kind-${relation.kind}`}>{term(t.relationKind, relation.kind)}</span>
                <span className="list-button__title">{relation.label[lang]}</span>
                <span className="list-button__meta">
                  {endsOf(relation)}
                </span>
              </button>
              {relation.quote && <blockquote lang={storyLang}>« {relation.quote.text} »</blockquote>}
            </li>
          ))}
        </ul>
      )}

      <h3>{t.eventsThere}</h3>
      {context.events.length === 0 ? (
        <p className="muted">{t.noneFound}</p>
      ) : (
        <ul className="plain-list">
          {context.events.map((event) => (
            <li key={event.id}>
              <button type="button" className="list-button" onClick={() => onEvent(event)}>
                <span className="list-button__meta">{formatStoryDate(event.date, locale)}</span>
                <span className="list-button__title">{event.title[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {context.claims.length > 0 && (
        <>
          <h3>{t.claimsAbout}</h3>
          {context.claims.map((claim) => (
            <ClaimView key={claim.id} claim={claim} lang={lang} locale={locale} t={t} />
          ))}
        </>
      )}
    </section>
  );
}
