import { escapeAttribute } from '../../shared/escapeAttribute';

export interface ShareState {
  story: string;
  country?: string;
  place?: string;
  step?: string;
  lang?: string;
}

export interface Snippets {
  /** The main page, opened in exactly this state. */
  link: string;
  /** The loader snippet: a placeholder element and `embed.js`. */
  snippet: string;
  /** A plain iframe, for sites that refuse third-party scripts. */
  iframe: string;
}

/** The plain iframe's size: the width the dialog is asked for, and the embed's height measured at that width. */
export interface FrameSize {
  width: number;
  height: number;
}

export const DEFAULT_FRAME_WIDTH = 640;
export const MIN_FRAME_WIDTH = 320;
export const MAX_FRAME_WIDTH = 1600;

/**
 * The embed's height at a width, before it is measured: the header, the map (`clamp(240px, 60vw, 460px)`
 * in embed.css), the panel (15.5rem) and the credits, with room for a title on three lines.
 */
export function estimatedFrameHeight(width: number): number {
  return Math.ceil(96 + Math.min(460, Math.max(240, width * 0.6)) + 248 + 40);
}

const PARAMS = ['country', 'place', 'step', 'lang'] as const;

/** The embed page's address for a view. */
export function embedUrlFor(baseUri: string, state: ShareState): string {
  const query = new URLSearchParams({ story: state.story });
  for (const key of PARAMS) if (state[key]) query.set(key, state[key]!);
  return new URL(`embed.html?${query}`, new URL('.', baseUri)).href;
}

/**
 * The three ways to share the current view, from the app's own address (so any base path works). The plain
 * iframe cannot follow its content, so it takes the height the embed measured at the width asked for (the
 * embed keeps one height at a width, whatever the step or selection).
 */
export function shareSnippets(baseUri: string, state: ShareState, title: string, frame?: FrameSize): Snippets {
  const base = new URL('.', baseUri);
  const query = new URLSearchParams({ story: state.story });
  for (const key of PARAMS) if (state[key]) query.set(key, state[key]!);
  const attributes = PARAMS.flatMap((key) => (state[key] ? [` data-${key}="${escapeAttribute(state[key]!)}"`] : [])).join('');
  const embedUrl = embedUrlFor(baseUri, state);
  const width = frame?.width ?? DEFAULT_FRAME_WIDTH;
  const height = frame?.height ?? estimatedFrameHeight(width);
  return {
    link: new URL(`?${query}`, base).href,
    snippet:
      `<div data-dispatch-atlas="${escapeAttribute(state.story)}"${attributes}></div>\n` +
      `<script async src="${escapeAttribute(new URL('embed.js', base).href)}"></script>`,
    iframe:
      `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" loading="lazy" ` +
      `allow="fullscreen" width="${width}" height="${height}" style="width:${width}px;max-width:100%;height:${height}px;border:0"></iframe>`,
  };
}
