import type { Lang, Mention, Paragraph } from '../../shared/contract';
import type { Messages } from '../i18n';
import { MentionText } from './MentionText';

export interface MentionTarget {
  kind: 'country' | 'place' | 'person';
  id: string;
  /** For a person: the country the map highlights while the pointer is on the name. */
  country?: string;
}

interface Props {
  paragraphs: readonly Paragraph[];
  mentions: Map<string, Mention[]>;
  language: Lang;
  t: Messages;
  targetOf: (mention: Mention) => MentionTarget | undefined;
  onHover: (target: MentionTarget | null) => void;
  onSelect: (target: MentionTarget) => void;
}

/** The whole dispatch, in its own language, with every mention a way into the map. */
export function ArticleText({ paragraphs, mentions, language, t, targetOf, onHover, onSelect }: Props) {
  return (
    <article className="article" data-testid="article" lang={language}>
      {paragraphs.map((paragraph) => (
        <ParagraphView key={paragraph.id} paragraph={paragraph} t={t}>
          <MentionText
            text={paragraph.text}
            spans={mentions.get(paragraph.id) ?? []}
            renderSpan={(span, text, key) => {
              const target = targetOf(span);
              if (!target) return <mark key={key} className={`mention mention--${span.form}`}>{text}</mark>;
              return (
                <button
                  key={key}
                  type="button"
                  className={`mention mention--${span.form}`}
                  data-focus-key={`mention-${span.paragraph}-${span.start}`}
                  onMouseEnter={() => onHover(target)}
                  onMouseLeave={() => onHover(null)}
                  onFocus={() => onHover(target)}
                  onBlur={() => onHover(null)}
                  onClick={() => onSelect(target)}
                >
                  {text}
                </button>
              );
            }}
          />
        </ParagraphView>
      ))}
    </article>
  );
}

export function ParagraphView({ paragraph, t, children }: { paragraph: Paragraph; t: Messages; children: React.ReactNode }) {
  if (paragraph.kind === 'heading') return <h3 className="article__heading">{children}</h3>;
  if (paragraph.kind === 'caption')
    return (
      <p className="article__caption">
        <span className="article__caption-icon" aria-hidden="true">▣ </span>
        {children}
        {paragraph.credit && <span className="credit"> ({t.creditLine(paragraph.credit)})</span>}
      </p>
    );
  return <p className="article__body">{children}</p>;
}
