import { describe, expect, it } from 'vitest';
import type { Bbox } from '../../../src/shared/bbox';
import { cutCountries, worldCountries } from '../../../src/compiler/geometry';
import { ringsOf, world } from './helpers';

const CENTRAL_ASIA: Bbox = [46, 35, 88, 56];
const KEEP = ['USA', 'FRA', 'GBR', 'UKR', 'ARM'];
const all = () => [...world().countries.values()];

describe('cutCountries', () => {
  it('keeps the countries touching the region plus the far-away ones asked for, and nothing else', () => {
    const ids = cutCountries(all(), { bbox: CENTRAL_ASIA, keep: KEEP }).map((f) => f.properties.a3);
    for (const a3 of ['KAZ', 'UZB', 'TKM', 'KGZ', 'TJK', 'RUS', 'CHN', 'AFG', 'IRN', ...KEEP]) expect(ids).toContain(a3);
    for (const a3 of ['BRA', 'AUS', 'DEU', 'CAN', 'TUR']) expect(ids).not.toContain(a3);
  });

  it('keeps countries whole: Russia still reaches the Pacific and Chukotka', () => {
    const russia = cutCountries(all(), { bbox: CENTRAL_ASIA }).find((f) => f.properties.a3 === 'RUS');
    const lons = ringsOf(russia!).flatMap(({ ring }) => ring.map((p) => p[0] ?? 0));
    expect(Math.max(...lons)).toBe(180);
    expect(Math.min(...lons)).toBe(-180);
  });

  it('accepts a FeatureCollection as well as an array', () => {
    const collection = worldCountries(world().topology);
    expect(cutCountries(collection, { bbox: CENTRAL_ASIA }).length).toBe(cutCountries(all(), { bbox: CENTRAL_ASIA }).length);
  });

});
