import { renderToString } from 'react-dom/server';
import type { StoryManifest } from '../../shared/contract';
import type { AppMode } from '../appMode';
import type { ReadJson } from '../data/loadStory';
import { preloadStory } from '../data/preload';
import { Root } from '../Root';
import { PRERENDER_FRAMES } from './mapFrame';

export interface RenderedPage {
  /** The root element's markup: what the browser hydrates. */
  html: string;
  story: StoryManifest;
}

/**
 * A story's page as the browser first renders it when the address asks for nothing else: the header, the
 * article, the lists and the map's first view in SVG. Run by the build (src/shell/prerender.ts).
 */
export async function renderPage(mode: AppMode, storyId: string, read: ReadJson): Promise<RenderedPage> {
  const preloaded = await preloadStory(storyId, read);
  if (!preloaded || preloaded.storyId !== storyId) throw new Error(`story "${storyId}": its first view's files do not read as the app expects`);
  const html = renderToString(<Root mode={mode} search="" preloaded={preloaded} frame={PRERENDER_FRAMES[mode]} />);
  return { html, story: preloaded.manifest };
}
