import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/app/i18n';
import { describeMap } from '../../src/app/map/describeMap';
import { compiledStories } from './compiledData';

describe('describeMap', () => {
  const [story] = compiledStories();
  const { manifest, layers } = story!;

  it('names the area, the country it centres on, the countries with their roles and every relation with its kind (fr)', () => {
    const text = describeMap(manifest, layers, 'fr', messagesFor('fr'));
    expect(text).toMatch(/^Carte centrée sur le Kazakhstan, de 28° E à 118° E de longitude et de 34° N à 60° N de latitude\./);
    expect(text).toContain(`${manifest.countries.length} pays du récit`);
    expect(text).toContain('Kazakhstan (Pays hôte)');
    const relations = new Set(layers.relations.features.map((f) => f.properties.relation));
    expect(text).toContain(`${relations.size} relations tracées`);
    for (const f of layers.relations.features) expect(text).toContain(f.properties.label.fr);
  });

  it('speaks the reader’s language, with the cardinal letters of that language', () => {
    const text = describeMap({ ...manifest, bounds: [-100, -20, 30, 10] }, layers, 'en', messagesFor('en'));
    expect(text).toMatch(/^Map centred on Kazakhstan, from 100° W to 30° E longitude and 20° S to 10° N latitude\./);
    expect(text).toContain('Kazakhstan (Host country)');
    expect(text).toContain('(Border)');
  });
});
