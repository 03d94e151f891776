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

describe('interface words for values from data', () => {
  const [story] = compiledStories();
  const { manifest, layers } = story!;

  it.each(['__proto__', 'constructor', 'toString'])('a kind or role %s is written as itself, never as a member of Object.prototype', (value) => {
    const relations = { ...layers.relations, features: layers.relations.features.map((f) => ({ ...f, properties: { ...f.properties, kind: value as never } })) };
    const countries = manifest.countries.map((c) => ({ ...c, role: value as never }));
    const text = describeMap({ ...manifest, countries }, { ...layers, relations }, 'fr', messagesFor('fr'));
    expect(text).not.toMatch(/\[object Object\]|native code|function/);
    expect(text).toContain(`(${value})`);
  });
});
