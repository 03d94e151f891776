import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { borderLengthKm, sharedBorders } from '../../../src/compiler/geometry';
import { country, largestStep, world } from './helpers';

const CENTRAL_ASIA = ['KAZ', 'UZB', 'TKM', 'KGZ', 'TJK', 'RUS', 'CHN', 'AFG', 'IRN', 'UKR', 'USA'];
const nameOf = (a3: string) => ({ fr: `fr:${a3}`, en: `en:${a3}` });

describe('sharedBorders', () => {
  const borders = sharedBorders(world().topology, CENTRAL_ASIA, nameOf);
  const byId = new Map(borders.features.map((f) => [f.properties.id, f]));

  it('draws each border once, keyed by the two sorted ISO3 codes', () => {
    const ids = borders.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('KAZ-RUS');
    expect(ids).not.toContain('RUS-KAZ');
    expect(ids.every((id) => /^[A-Z]{3}-[A-Z]{3}$/.test(id) && id.split('-')[0]! < id.split('-')[1]!)).toBe(true);
  });

  it('finds only pairs that really touch (no USA border in Central Asia)', () => {
    expect([...byId.keys()].some((id) => id.includes('USA'))).toBe(false);
    expect(byId.has('KAZ-TJK')).toBe(false);
  });

  it('measures Kazakhstan–Russia between 5,300 and 5,600 km on the 1:50m data', () => {
    const length = byId.get('KAZ-RUS')?.properties.lengthKm ?? 0;
    expect(length).toBeGreaterThan(5300);
    expect(length).toBeLessThan(5600);
  });

  it.each([
    ['CHN-KAZ', 1300, 1800],
    ['KAZ-UZB', 2000, 2400],
    ['KAZ-KGZ', 900, 1250],
    ['AFG-TJK', 1000, 1400],
  ])('gives %s a plausible length (%i–%i km)', (id, min, max) => {
    const length = byId.get(id)?.properties.lengthKm ?? 0;
    expect(length).toBeGreaterThan(min);
    expect(length).toBeLessThan(max);
  });

  it('fills in the contract properties: names from the lookup, resolution, emphasis off', () => {
    expect(byId.get('KAZ-RUS')?.properties).toMatchObject({
      id: 'KAZ-RUS',
      name: { fr: 'fr:KAZ – fr:RUS', en: 'en:KAZ – en:RUS' },
      countries: ['KAZ', 'RUS'],
      resolution: 'Natural Earth 1:50m',
      emphasis: false,
    });
  });

  it('rounds lengths to one decimal and coordinates to three, with no step across ±180', () => {
    for (const border of borders.features) {
      expect(Math.round(border.properties.lengthKm * 10) / 10).toBe(border.properties.lengthKm);
      const lines = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;
      for (const line of lines) {
        expect(largestStep(line)).toBeLessThanOrEqual(180);
        expect(line.flat().every((x) => Math.round(x * 1000) / 1000 === x)).toBe(true);
      }
    }
  });

  it('agrees with borderLengthKm, which says what it was measured on', () => {
    expect(borderLengthKm(world().topology, 'RUS', 'KAZ')).toEqual({
      value: byId.get('KAZ-RUS')?.properties.lengthKm,
      unit: 'km',
      resolution: 'Natural Earth 1:50m',
      method: 'turf.length',
    });
  });

  it('returns undefined for countries that share no land border', () => {
    expect(borderLengthKm(world().topology, 'KAZ', 'USA')).toBeUndefined();
  });
});

describe('the atlas', () => {
  it('draws Crimea in Ukraine: Simferopol is inside UKR, not RUS', () => {
    const simferopol = [34.1, 44.95];
    expect(booleanPointInPolygon(simferopol, country('UKR'))).toBe(true);
    expect(booleanPointInPolygon(simferopol, country('RUS'))).toBe(false);
  });

  it('draws a Russia–Ukraine border that runs north of Crimea (no border on the peninsula)', () => {
    const border = sharedBorders(world().topology, ['RUS', 'UKR'], nameOf).features[0];
    const lines = border?.geometry.type === 'LineString' ? [border.geometry.coordinates] : (border?.geometry.coordinates ?? []);
    expect(lines.flat().every((p) => (p[1] ?? 0) > 45.2)).toBe(true);
  });
});
