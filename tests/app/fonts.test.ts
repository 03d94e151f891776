import type { FeatureCollection, Geometry } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapLayers } from '../../src/app/data/mapData';
import { toMapData } from '../../src/app/data/mapData';
import { beyondLatin, FONT_WAIT_MS, LABEL_SOURCES, loadMapFonts, mapCharacters, PAGE_FAMILY } from '../../src/app/map/fonts';
import { buildStyle, mapLayers } from '../../src/app/map/style';
import { lightTheme } from '../../src/app/map/theme';
import { compiledStories } from './compiledData';

const [seed] = compiledStories();
const data = toMapData(seed!.layers);

/** A stand-in for `document.fonts` that records what it is asked to load. */
function fontSet(outcome: (font: string) => 'loads' | 'fails' | 'hangs' = () => 'loads') {
  const asked: [string, string | undefined][] = [];
  return {
    asked,
    load: (font: string, text?: string) => {
      asked.push([font, text]);
      const result = outcome(font);
      if (result === 'loads') return Promise.resolve([]);
      return result === 'fails' ? Promise.reject(new Error('network')) : new Promise<FontFace[]>(() => undefined);
    },
  };
}

/** Map layers whose only label is one place name. */
function placeNamed(name: string): MapLayers {
  const empty: FeatureCollection<Geometry, Record<string, unknown>> = { type: 'FeatureCollection', features: [] };
  const place = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [0, 0] }, properties: { name_fr: name } };
  return { countries: empty, borders: empty, labels: empty, relations: empty, borderLabels: empty, land: empty, boundaries: empty, places: { type: 'FeatureCollection', features: [place] } };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('mapCharacters', () => {
  const characters = mapCharacters(data, ['mesurés sur', '›']);

  it('holds every letter of the French and the English place names, each once', () => {
    for (const char of 'DouchanbéDushanbePékinBeijing') expect(characters).toContain(char);
    expect(new Set(characters).size).toBe([...characters].length);
  });

  it('holds the upper-case forms, which region names are drawn in', () => {
    expect(mapCharacters(placeNamed('é'))).toBe('Éé');
  });

  it('holds the upper-case forms of the reader’s own locale, which MapLibre draws', () => {
    vi.spyOn(String.prototype, 'toLocaleUpperCase').mockImplementation(function (this: string) {
      return this.replace(/i/g, 'İ').toUpperCase();
    });
    expect(mapCharacters(placeNamed('i'))).toBe('Iiİ');
  });

  it('reads every source a label layer draws from', () => {
    const labelSources = mapLayers({ theme: lightTheme, lang: 'fr' }).flatMap((layer) =>
      layer.type === 'symbol' ? [layer.source] : [],
    );
    expect([...LABEL_SOURCES].sort()).toEqual([...new Set(labelSources)].sort());
  });

  it('holds the strings the style itself writes', () => {
    expect(characters).toContain('›');
    expect(mapCharacters(data)).not.toContain('›');
  });
});

describe('beyondLatin', () => {
  it('keeps only the characters the latin subset lacks, which MapLibre would not load itself', () => {
    expect(beyondLatin('Pékin, Œuvre › Şymkent')).toBe('Ş');
    expect(beyondLatin('Қазақстан')).toBe('Қазақстан');
  });

  it('keeps the seed story waiting for nothing, in French or English (a guard on its first view)', () => {
    expect(beyondLatin(mapCharacters(data, ['mesurés sur', 'measured on', '›']))).toBe('');
  });
});

describe('loadMapFonts', () => {
  it('asks the page font for those characters in both weights the labels use', async () => {
    const fonts = fontSet();
    await loadMapFonts('Aé›', fonts);
    expect(fonts.asked).toEqual([
      [`400 16px "${PAGE_FAMILY}"`, 'Aé›'],
      [`700 16px "${PAGE_FAMILY}"`, 'Aé›'],
    ]);
  });

  it('asks for nothing when there are no characters to load', async () => {
    const fonts = fontSet();
    await loadMapFonts('', fonts);
    expect(fonts.asked).toEqual([]);
  });

  it('resolves when a font fails to load, so the map still draws, in the fallback font', async () => {
    await expect(loadMapFonts('A', fontSet(() => 'fails'))).resolves.toBeUndefined();
  });

  it('waits for the other weight when one fails', async () => {
    vi.useFakeTimers();
    let settled = false;
    void loadMapFonts('Ş', fontSet((font) => (font.startsWith('400') ? 'fails' : 'hangs'))).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FONT_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('gives up on a request that hangs, so the map is not held back for good', async () => {
    vi.useFakeTimers();
    const loading = loadMapFonts('Ş', fontSet(() => 'hangs'));
    await vi.advanceTimersByTimeAsync(FONT_WAIT_MS);
    await expect(loading).resolves.toBeUndefined();
  });
});

describe('the label fonts in the style', () => {
  const style = buildStyle({ theme: lightTheme, lang: 'fr' }, data);
  const stacks = style.layers.flatMap((layer) => {
    const font = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    return font === undefined ? [] : [JSON.stringify(font)];
  });

  it('names the page font in every label layer, after a first name that gives the weight', () => {
    expect(stacks.length).toBeGreaterThan(3);
    for (const stack of stacks) expect(stack).toMatch(new RegExp(`"Noto Sans (Regular|Bold)","${PAGE_FAMILY}"`));
  });

  it('needs no glyph server and declares no font files of its own', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style['font-faces']).toBeUndefined();
  });
});
