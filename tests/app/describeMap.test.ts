import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/app/i18n';
import { describeMap } from '../../src/app/map/describeMap';
import { relationSummaries } from '../../src/app/format/relationSummary';
import { shownRelationIds } from '../../src/app/state/shownRelations';
import { compiledStories } from './compiledData';

describe('describeMap', () => {
  const [story] = compiledStories();
  const { manifest, layers } = story!;
  const everyRelation = layers.relations.features.map((f) => f.properties.relation);

  it('names the area, the country it centres on, the countries with their roles and every relation with its kind (fr)', () => {
    const text = describeMap(manifest, layers, 'fr', messagesFor('fr'), everyRelation);
    expect(text).toMatch(/^Carte centrée sur le Kazakhstan, de 28° E à 118° E de longitude et de 34° N à 60° N de latitude\./);
    expect(text).toContain(`${manifest.countries.length} pays du récit`);
    expect(text).toContain('Kazakhstan (Pays hôte)');
    const relations = new Set(layers.relations.features.map((f) => f.properties.relation));
    expect(text).toContain(`${relations.size} relations tracées`);
    for (const f of layers.relations.features) expect(text).toContain(f.properties.label.fr);
  });

  it('speaks the reader’s language, with the cardinal letters of that language', () => {
    const text = describeMap({ ...manifest, bounds: [-100, -20, 30, 10] }, layers, 'en', messagesFor('en'), everyRelation);
    expect(text).toMatch(/^Map centred on Kazakhstan, from 100° W to 30° E longitude and 20° S to 10° N latitude\./);
    expect(text).toContain('Kazakhstan (Host country)');
    expect(text).toContain('(Border)');
  });

  it('counts and names only the relations the map draws now, as a sighted reader sees them', () => {
    const overview = shownRelationIds(manifest, undefined, null, relationSummaries(layers), layers);
    expect(overview.length).toBeGreaterThan(0);
    expect(overview.length).toBeLessThan(new Set(everyRelation).size);
    const text = describeMap(manifest, layers, 'fr', messagesFor('fr'), overview);
    expect(text).toContain(`${overview.length} relations tracées`);
    for (const f of layers.relations.features) {
      if (!overview.includes(f.properties.relation)) expect(text).not.toContain(`${f.properties.label.fr} (`);
    }
  });
});

describe('interface words for values from data', () => {
  const [story] = compiledStories();
  const { manifest, layers } = story!;

  it.each(['__proto__', 'constructor', 'toString'])('a kind or role %s is written as itself, never as a member of Object.prototype', (value) => {
    const relations = { ...layers.relations, features: layers.relations.features.map((f) => ({ ...f, properties: { ...f.properties, kind: value as never } })) };
    const countries = manifest.countries.map((c) => ({ ...c, role: value as never }));
    const text = describeMap({ ...manifest, countries }, { ...layers, relations }, 'fr', messagesFor('fr'), layers.relations.features.map((f) => f.properties.relation));
    expect(text).not.toMatch(/\[object Object\]|native code|function/);
    expect(text).toContain(`(${value})`);
  });
});
