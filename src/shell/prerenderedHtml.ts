import { escapeAttribute } from '../shared/escapeAttribute';
import { frStartup } from '../app/i18n/fr';

export interface PageInput {
  /** The root element's pre-rendered markup. */
  root: string;
  storyId: string;
  /** The document's title: the story's, then the app's name. */
  title: string;
  /** Folders between the site's root and the page: `stories/<id>/` is 2, and its relative links start `../../`. */
  depth: number;
  /** The story's files the page draws, which startup.js preloads. */
  files: readonly string[];
  /** Font files the first paint sets its text in (paths under the site's root), fetched before the styles name them. */
  fonts?: readonly string[];
}

const ROOT = /<div id="root">[\s\S]*?<\/div>/;
const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/;
const STARTUP = '<script src="./startup.js"';
const CHARSET = '<meta charset="UTF-8" />';
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * A built page (index.html, embed.html) holding a story's pre-rendered first view. The root says which story it
 * is (`data-story`), for the app to hydrate and for public/startup.js to preload; a page deeper than the site's
 * root sets `<base>` so that its relative links (scripts, styles, data) stay the root page's.
 */
export function prerenderedHtml(template: string, page: PageInput): string {
  for (const [what, found] of [['root', ROOT.test(template)], ['noscript', NOSCRIPT.test(template)], ['startup script', template.includes(STARTUP)], ['charset', template.includes(CHARSET)]] as const) {
    if (!found) throw new Error(`prerenderedHtml: the built page has no ${what} to fill`);
  }
  const story = escapeAttribute(page.storyId);
  const app = MODULE_SCRIPT.exec(template)?.[1];
  if (!app) throw new Error('prerenderedHtml: the built page has no module script to start');
  const modules = [...template.matchAll(MODULE_PRELOAD)].map((match) => match[1]!);
  // When the scripts cannot load, startup.js shows why here (the page still reads without them).
  const status = `<p class="startup-status" role="status" hidden data-failed="${escapeAttribute(frStartup.startupFailed)}" data-sandboxed="${escapeAttribute(frStartup.startupSandboxed)}"></p>`;
  return template
    .replace(CHARSET, `${CHARSET}${page.depth > 0 ? `\n    <base href="${'../'.repeat(page.depth)}" />` : ''}${(page.fonts ?? []).map((font) => `\n    <link rel="preload" as="font" type="font/woff2" crossorigin href="./${escapeAttribute(font)}" />`).join('')}`)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeAttribute(page.title)}</title>`)
    .replace(STARTUP, `${STARTUP} data-story="${story}"`)
    .replace(/ data-files="[^"]*"/, ` data-files="${escapeAttribute(page.files.join(' '))}"`)
    // Drawn from its HTML, the page needs its script and data only to hydrate: startup.js asks for them once it
    // has painted (data-app, data-modules), and the index's hint waits behind the styles and fonts.
    .replace(STARTUP, `${STARTUP} data-app="${escapeAttribute(app)}" data-modules="${escapeAttribute(modules.join(' '))}"`)
    .replace(MODULE_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(/<link rel="preload" as="fetch"/g, '<link rel="preload" as="fetch" fetchpriority="low"')
    .replace(ROOT, () => `${status}<div id="root" data-story="${story}">${page.root}</div>`)
    .replace(NOSCRIPT, `<noscript><p class="noscript">${escapeAttribute(frStartup.withoutScript)}</p></noscript>`);
}
