import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// These files declare each subset with its unicode-range, so a page in French fetches the latin subset only.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app.css';
import type { AppMode } from './appMode';
import { preloadStory } from './data/preload';
import { opensAsPrerendered } from './prerender/opensAsPrerendered';
import { startHydrating } from './prerender/hydrating';
import { PRERENDER_FRAMES } from './prerender/mapFrame';
import { Root } from './Root';
import { parseUrlState } from './state/urlState';

/**
 * Starts the app in the page (`index.html`) or in an iframe (`embed.html`). A page the build pre-rendered
 * (`#root[data-story]`) is hydrated when the address asks for the view it shows; otherwise, and when its
 * files cannot be read, the app renders over it.
 */
export async function boot(mode: AppMode): Promise<void> {
  const container = document.getElementById('root')!;
  const search = window.location.search;
  const url = parseUrlState(search).state;
  const prerendered = container.dataset.story;
  const preloaded = prerendered ? await preloadStory(url.story ?? prerendered).catch(() => null) : null;
  if (prerendered && preloaded && opensAsPrerendered(url, prerendered, preloaded.storyId)) {
    // In a transition, React hydrates in slices and yields to the browser between them: the page, already on
    // screen, stays responsive instead of blocking on one long task (Lighthouse's total blocking time).
    startHydrating();
    startTransition(() => {
      hydrateRoot(container, <Root mode={mode} search={search} preloaded={preloaded} frame={PRERENDER_FRAMES[mode]} />);
    });
  } else {
    createRoot(container).render(<Root mode={mode} search={search} preloaded={preloaded} frame={null} />);
  }
}
