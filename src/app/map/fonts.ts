import type { MapLayers } from '../data/mapData';

/**
 * The family the page's stylesheet declares (`@fontsource/noto-sans`, each subset with its unicode-range).
 * MapLibre draws label glyphs in the page with CSS fonts, so the map and the article share these files:
 * one download each, instead of a second copy fetched and decoded through the style's `font-faces`.
 */
export const PAGE_FAMILY = 'Noto Sans';

const WEIGHTS = [400, 700] as const;

// The latin subset's unicode-range, as @fontsource/noto-sans declares it. MapLibre loads this subset itself
// before it draws a glyph (it asks the browser for the font with a space, which only this subset holds).
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_RANGES = LATIN.split(',').map((range) => {
  const [start, end = start] = range.slice(2).split('-');
  return [parseInt(start!, 16), parseInt(end!, 16)] as const;
});

/** The sources the style's symbol layers draw text from (`style.test.ts` checks the list). */
export const LABEL_SOURCES = ['labels', 'places', 'relations', 'borderLabels'] as const;

// The upper-cased forms are MapLibre's own (`text-transform`), which follow the browser's locale:
// a Turkish reader's "Afrique" is drawn "AFRİQUE", and İ is not in the latin subset.
const caseForms = (text: string) => [text, text.toUpperCase(), text.toLocaleUpperCase()];

/**
 * The distinct characters the map's labels may draw: every string of the label sources, in both languages,
 * so that a language switch needs no new subset, and the strings the style writes itself (`extra`).
 */
export function mapCharacters(data: MapLayers, extra: readonly string[] = []): string {
  const chars = new Set<string>();
  const add = (text: string) => {
    for (const form of caseForms(text)) for (const char of form) chars.add(char);
  };
  for (const source of LABEL_SOURCES) {
    for (const feature of data[source].features) {
      for (const value of Object.values(feature.properties)) if (typeof value === 'string') add(value);
    }
  }
  extra.forEach(add);
  return [...chars].sort().join('');
}

/** The characters whose subset MapLibre would not load before drawing them: those outside the latin one. */
export function beyondLatin(characters: string): string {
  return [...characters]
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return !LATIN_RANGES.some(([start, end]) => code >= start && code <= end);
    })
    .join('');
}

/** How long the map waits for a subset before it draws with what it has. */
export const FONT_WAIT_MS = 3000;

/**
 * Loads the page font's subsets these characters need, in both weights. A glyph drawn before its subset
 * arrived would be drawn, and kept, in a fallback font. Resolves whatever happens, and within
 * `FONT_WAIT_MS` even when a request hangs: the labels it held up are drawn in the fallback, and the map
 * still appears.
 */
export async function loadMapFonts(characters: string, fonts: Pick<FontFaceSet, 'load'> | undefined = document.fonts): Promise<void> {
  if (!fonts || characters === '') return;
  const loads = Promise.allSettled(WEIGHTS.map((weight) => fonts.load(`${weight} 16px "${PAGE_FAMILY}"`, characters)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, FONT_WAIT_MS)));
  await Promise.race([loads, timeout]);
  clearTimeout(timer);
}
