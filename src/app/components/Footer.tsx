import type { StoryManifest } from '../../contract';
import type { Messages } from '../i18n';

/** The page's contentinfo: where the story and the map come from. */
export function Footer({ story, t }: { story: Pick<StoryManifest, 'source' | 'credits'>; t: Messages }) {
  return (
    <footer className="footer" aria-label={t.sourcesLabel}>
      <p>
        <span>
          {t.labelled(t.source, '')}
          {story.source.url ? <a href={story.source.url} rel="noreferrer noopener">{story.source.name}</a> : story.source.name}
        </span>
        {story.credits.length > 0 && <span>{t.labelled(t.photoCredits, story.credits.join(', '))}</span>}
        <span>{t.basemapCredit}</span>
      </p>
    </footer>
  );
}
