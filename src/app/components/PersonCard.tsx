import type { Lang, Person, StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';
import { paragraphsMentioning } from '../state/selection';
import { ParagraphView } from './ArticleText';
import { MentionText } from './MentionText';

interface Props {
  person: Person;
  story: Pick<StoryManifest, 'paragraphs' | 'mentions' | 'language'>;
  lang: Lang;
  t: Messages;
  nameOf: (id: string) => string;
  onCountry: (id: string) => void;
  onClose: () => void;
}

/** Who a person of the story is (role and country, in the reader's language) and where the article names them. */
export function PersonCard({ person, story, lang, t, nameOf, onCountry, onClose }: Props) {
  const mentions = story.mentions.filter((m) => m.entity === person.id);
  const hits = paragraphsMentioning(story.paragraphs, mentions);
  return (
    <section className="context" aria-labelledby="person-title" data-testid="person-card">
      <div className="context__head">
        <div>
          <h2 id="person-title" tabIndex={-1}>{person.name}</h2>
          <p className="context__subtitle">
            {person.role ? `${person.role[lang]} · ` : ''}
            {t.mentions(mentions.length)}
          </p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t.closeSelection} title={t.closeSelection}>
          ✕
        </button>
      </div>
      <p>
        {t.labelled(t.personCountry, '')}
        <button type="button" className="link-button" onClick={() => onCountry(person.country)}>
          {nameOf(person.country)}
        </button>
      </p>
      <h3>{t.paragraphsMentioningPerson}</h3>
      {hits.length === 0 ? (
        <p className="muted">{t.noParagraphs}</p>
      ) : (
        <div className="context__paragraphs" lang={story.language}>
          {hits.map(({ paragraph, spans }) => (
            <ParagraphView key={paragraph.id} paragraph={paragraph} t={t}>
              <MentionText text={paragraph.text} spans={spans} />
            </ParagraphView>
          ))}
        </div>
      )}
    </section>
  );
}
