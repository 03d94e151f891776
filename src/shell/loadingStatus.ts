import { escapeAttribute } from '../shared/escapeAttribute';
import { messagesFor, REFERENCE_LANG } from '../app/i18n';
import { frStartup } from '../app/i18n/fr';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Writes into the page's empty root the status that the app's first render shows, element for element,
 * so that a reader on a slow phone sees it before the scripts arrive (about 550 KB gzip) instead of a blank
 * page. React replaces it with the same element, so nothing moves. In the reference language: the page is
 * `lang="fr"`, and a reader who asked for another language sees that one from the app's first render.
 */
export function withLoadingStatus(html: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`withLoadingStatus: the page has no "${EMPTY_ROOT}" to fill`);
  const t = messagesFor(REFERENCE_LANG);
  // What public/startup.js, a classic script fetched without CORS, shows instead when the app's module scripts
  // cannot load: in an iframe sandboxed without allow-same-origin (an opaque origin) on a server that sends no
  // Access-Control-Allow-Origin, the modules are refused and the page would say "Chargement du récit…" for ever.
  // French, the reference language, as the rest of what the page carries before the app runs.
  const failed = `data-failed="${escapeAttribute(frStartup.startupFailed)}" data-sandboxed="${escapeAttribute(frStartup.startupSandboxed)}"`;
  const status = `<p class="loading" role="status" ${failed}>${escapeAttribute(t.loading)}</p>`;
  return html.replace(EMPTY_ROOT, `<div id="root">${status}</div>`);
}
