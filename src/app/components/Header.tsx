import { safeHref } from '../format/safeHref';
import type { ReactNode } from 'react';
import type { Lang, StoryManifest } from '../../shared/contract';
import { LANGUAGES, otherLanguages, type Messages } from '../i18n';
import { publishedLine } from '../format/dates';

interface Props {
  story: StoryManifest;
  lang: Lang;
  locale: string;
  t: Messages;
  onLang: (lang: Lang) => void;
  /** Extra header buttons, such as Share / Embed. */
  actions?: ReactNode;
}

export function Header({ story, lang, locale, t, onLang, actions }: Props) {
  const published = publishedLine(story.published, locale, t);
  return (
    <header className="header">
      <div className="header__text">
        <p className="header__brand">{t.appName}</p>
        <h1>{story.title[lang]}</h1>
        <p className="header__meta">
          {published && (
            <span>
              {published.label} <time dateTime={story.published}>{published.date}</time>
            </span>
          )}
          <span>
            {t.labelled(t.source, '')}
            {safeHref(story.source.url) ? <a href={safeHref(story.source.url)} rel="noreferrer noopener">{story.source.name}</a> : story.source.name}
          </span>
          {story.credits.length > 0 && <span>{t.labelled(t.photoCredits, story.credits.join(', '))}</span>}
        </p>
      </div>
      {actions}
      {/* One button per other language of the registry, each named in its own language. */}
      {otherLanguages(lang).map((code) => (
        <button key={code} type="button" className="lang-switch" onClick={() => onLang(code)} aria-label={LANGUAGES[code].messages.readInThisLanguage} lang={code}>
          {LANGUAGES[code].name}
        </button>
      ))}
    </header>
  );
}
