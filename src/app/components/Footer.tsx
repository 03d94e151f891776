import { safeHref } from '../format/safeHref';
import type { StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';

/** The page's contentinfo: where the story and the map come from. */
export function Footer({ story, t }: { story: Pick<StoryManifest, 'source' | 'credits'>; t: Messages }) {
  return (
    <footer className="footer" aria-label={t.sourcesLabel}>
      <p>
        {/* The header shows the source and the photo credits too; a phone keeps them for screen readers only. */}
        <span className="footer__repeat">
          {t.labelled(t.source, '')}
          {safeHref(story.source.url) ? <a href={safeHref(story.source.url)} rel="noreferrer noopener">{story.source.name}</a> : story.source.name}
        </span>
        {story.credits.length > 0 && <span className="footer__repeat">{t.labelled(t.photoCredits, story.credits.join(', '))}</span>}
        <span>{t.basemapCredit}</span>
      </p>
    </footer>
  );
}
