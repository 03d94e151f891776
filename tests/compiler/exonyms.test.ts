import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXONYMS, withExonym } from '../../src/compiler/gazetteer/exonyms';
import { compiledStories } from '../app/compiledData';

describe('the newsroom’s exonyms, kept in one place', () => {
  it('gives each choice a reason', () => {
    for (const exonym of EXONYMS) expect(exonym.reason.length, exonym.id).toBeGreaterThan(20);
  });

  it('follows AFP’s French of the period: Bélarus, Kirghizstan, Kiev', () => {
    expect(withExonym('BLR', { fr: 'Biélorussie', en: 'Belarus' }).fr).toBe('Bélarus');
    expect(withExonym('kyiv', { fr: 'Kyiv', en: 'Kyiv' })).toEqual({ fr: 'Kiev', en: 'Kyiv' });
  });

  it('is what the compiled seed shows, and what its story.yaml writes', () => {
    const [story] = compiledStories();
    const names = new Map([
      ...story!.layers.countries.features.map((f) => [f.properties.id, f.properties.name] as const),
      ...story!.layers.places.features.map((f) => [f.properties.id, f.properties.name] as const),
    ]);
    const yaml = parse(readFileSync('seeds/blinken-astana-2023-02-28/story.yaml', 'utf8')) as { places: { id: string; name: { fr: string; en: string } }[] };
    for (const exonym of EXONYMS) {
      const name = names.get(exonym.id);
      if (name && exonym.fr) expect(name.fr, exonym.id).toBe(exonym.fr);
      if (name && exonym.en) expect(name.en, exonym.id).toBe(exonym.en);
      const annotated = yaml.places.find((p) => p.id === exonym.id);
      if (annotated && exonym.fr) expect(annotated.name.fr, `story.yaml ${exonym.id}`).toBe(exonym.fr);
    }
  });
});
