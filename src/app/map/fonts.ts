import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import { FONT, FONT_BOLD } from './theme';

// Unicode ranges copied from @fontsource/noto-sans's CSS, so each subset is fetched only when a label needs it.
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC_EXT = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';

const ranges = (list: string) => list.split(',');

/** Self-hosted Noto Sans, bundled and hashed by Vite: no glyph server, no other origin. */
export function fontFaces(resolve: (url: string) => string = absolute): FontFacesSpecification {
  return {
    [FONT]: [
      { url: resolve(latin400), 'unicode-range': ranges(LATIN) },
      { url: resolve(latinExt400), 'unicode-range': ranges(LATIN_EXT) },
      { url: resolve(cyrillicExt400), 'unicode-range': ranges(CYRILLIC_EXT) },
    ],
    [FONT_BOLD]: [
      { url: resolve(latin700), 'unicode-range': ranges(LATIN) },
      { url: resolve(latinExt700), 'unicode-range': ranges(LATIN_EXT) },
      { url: resolve(cyrillicExt700), 'unicode-range': ranges(CYRILLIC_EXT) },
    ],
  };
}

// With `base: './'` asset URLs are relative; the map fetches fonts from a worker, which needs absolute URLs.
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}
