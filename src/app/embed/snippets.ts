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

const PARAMS = ['country', 'place', 'step', 'lang'] as const;

/** The three ways to share the current view, from the app's own address (so any base path works). */
export function shareSnippets(baseUri: string, state: ShareState, title: string): Snippets {
  const base = new URL('.', baseUri);
  const query = new URLSearchParams({ story: state.story });
  for (const key of PARAMS) if (state[key]) query.set(key, state[key]!);
  const attributes = PARAMS.flatMap((key) => (state[key] ? [` data-${key}="${escapeAttribute(state[key]!)}"`] : [])).join('');
  const embedUrl = new URL(`embed.html?${query}`, base).href;
  return {
    link: new URL(`?${query}`, base).href,
    snippet:
      `<div data-dispatch-atlas="${escapeAttribute(state.story)}"${attributes}></div>\n` +
      `<script async src="${escapeAttribute(new URL('embed.js', base).href)}"></script>`,
    iframe:
      `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" loading="lazy" ` +
      `allow="fullscreen" style="width:100%;height:560px;border:0"></iframe>`,
  };
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
