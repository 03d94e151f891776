import { describe, expect, it } from 'vitest';
import { toMapData } from '../../src/app/data/mapData';
import { beyondLatin, loadMapFonts, mapCharacters, PAGE_FAMILY } from '../../src/app/map/fonts';
import { buildStyle } from '../../src/app/map/style';
import { lightTheme } from '../../src/app/map/theme';
import { compiledStories } from './compiledData';

const [seed] = compiledStories();
const data = toMapData(seed!.layers);

/** A stand-in for `document.fonts` that records what it is asked to load. */
function fontSet(outcome: 'loads' | 'fails' = 'loads') {
  const asked: [string, string | undefined][] = [];
  return {
    asked,
    load: (font: string, text?: string) => {
      asked.push([font, text]);
      return outcome === 'loads' ? Promise.resolve([]) : Promise.reject(new Error('network'));
    },
  };
}

describe('mapCharacters', () => {
  const characters = mapCharacters(data, ['mesurés sur', '›']);

  it('holds every letter of the French and the English place names, each once', () => {
    for (const char of 'DouchanbéDushanbePékinBeijing') expect(characters).toContain(char);
    expect(new Set(characters).size).toBe([...characters].length);
  });

  it('holds the upper-case forms, which region names are drawn in', () => {
    expect(characters).toContain('É');
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

  it('finds nothing to wait for in the seed story, French and English', () => {
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
    await expect(loadMapFonts('A', fontSet('fails'))).resolves.toBeUndefined();
  });
});

describe('the label fonts in the style', () => {
  const style = buildStyle({ theme: lightTheme, lang: 'fr', strings: { borderMeasured: 'mesurés sur' } }, data);
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
