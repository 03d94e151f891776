import type { HtmlTagDescriptor } from 'vite';
import type { OutputFiles } from '../compiler/compileAll';
import { APP_LAYER_FILES } from '../shared/contract';
import { escapeAttribute } from '../shared/escapeAttribute';

const STARTUP = '<script src="./startup.js"></script>';

/** What a story's first view fetches, in the order the app asks for it. */
export const FIRST_VIEW_FILES = ['story.json', ...APP_LAYER_FILES] as const;

/**
 * Hands public/startup.js the stories, in the index's order, and a story's first-view files: it preloads the
 * files of the story the address asks for, or of the first one, as the app will choose. The build cannot
 * know which story a reader asks for, and the CSP allows no inline script, hence data attributes.
 */
export function withStoryPreload(html: string, files: OutputFiles): string {
  if (!html.includes(STARTUP)) throw new Error(`withStoryPreload: the page has no "${STARTUP}" to hand the stories to`);
  const stories = storyIds(files.get('index.json'));
  const data = `data-stories="${escapeAttribute(stories.join(' '))}" data-files="${FIRST_VIEW_FILES.join(' ')}"`;
  return html.replace(STARTUP, `<script src="./startup.js" ${data}></script>`);
}

/** The index is the same for every story: the build hints it in the HTML. */
export function indexPreloadTags(files: OutputFiles): HtmlTagDescriptor[] {
  if (!files.has('index.json')) return [];
  return [{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: './data/index.json' }, injectTo: 'head' }];
}

function storyIds(index: string | undefined): string[] {
  if (index === undefined) return [];
  return (JSON.parse(index) as { stories: { id: string }[] }).stories.map((story) => story.id);
}
