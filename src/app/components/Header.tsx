import type { Lang, StoryManifest } from '../../contract';
import type { Messages } from '../i18n';
import { formatStoryDate } from '../story/dates';

interface Props {
  story: StoryManifest;
  lang: Lang;
  locale: string;
  t: Messages;
  onToggleLang: () => void;
}

export function Header({ story, lang, locale, t, onToggleLang }: Props) {
  return (
    <header className="header">
      <div className="header__text">
        <p className="header__brand">{t.appName}</p>
        <h1>{story.title[lang]}</h1>
        <p className="header__meta">
          <span>
            {t.published} <time dateTime={story.published}>{formatStoryDate(story.published, locale)}</time>
          </span>
          <span>
            {t.labelled(t.source, '')}
            {story.source.url ? <a href={story.source.url} rel="noreferrer noopener">{story.source.name}</a> : story.source.name}
          </span>
          {story.credits.length > 0 && <span>{t.labelled(t.photoCredits, story.credits.join(', '))}</span>}
        </p>
      </div>
      <button type="button" className="lang-switch" onClick={onToggleLang} aria-label={t.switchLanguageLabel} lang={lang === 'fr' ? 'en' : 'fr'}>
        {t.switchLanguage}
      </button>
    </header>
  );
}
