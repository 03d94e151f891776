import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cutCountries, worldCountries, type Bbox } from '../../../src/compiler/geometry';
import { ringsOf, world } from './helpers';

const CENTRAL_ASIA: Bbox = [46, 35, 88, 56];
const KEEP = ['USA', 'FRA', 'GBR', 'UKR', 'ARM'];
const all = () => [...world().countries.values()];
const vertices = (features: ReturnType<typeof cutCountries>) => features.flatMap((f) => ringsOf(f)).reduce((n, { ring }) => n + ring.length, 0);

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

  it('simplifies more with a larger tolerance and not at all with 0', () => {
    const exact = cutCountries(all(), { bbox: CENTRAL_ASIA, tolerance: 0, farTolerance: 0 });
    const fine = cutCountries(all(), { bbox: CENTRAL_ASIA, tolerance: 0.01 });
    const coarse = cutCountries(all(), { bbox: CENTRAL_ASIA, tolerance: 0.05 });
    expect(exact).toEqual(cutCountries(all(), { bbox: CENTRAL_ASIA, tolerance: 0, farTolerance: 0 }));
    expect(vertices(fine)).toBeLessThan(vertices(exact));
    expect(vertices(coarse)).toBeLessThan(vertices(fine));
  });

  it('accepts a FeatureCollection as well as an array', () => {
    const collection = worldCountries(world().topology);
    expect(cutCountries(collection, { bbox: CENTRAL_ASIA }).length).toBe(cutCountries(all(), { bbox: CENTRAL_ASIA }).length);
  });

  it('keeps the Central Asia cut with USA, France, UK, Ukraine and Armenia under 90 KB gzipped', () => {
    const cut = cutCountries(all(), { bbox: CENTRAL_ASIA, keep: KEEP });
    const bytes = gzipSync(JSON.stringify({ type: 'FeatureCollection', features: cut })).length;
    expect(bytes).toBeLessThan(90_000);
  });
});
