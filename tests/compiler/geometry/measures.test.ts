import { describe, expect, it } from 'vitest';
import { areaKm2, mainland, polygonsWithin } from '../../../src/compiler/geometry';
import { country, ringsOf } from './helpers';

const within = (value: number, expected: number, tolerance: number) => Math.abs(value / expected - 1) <= tolerance;

describe('areaKm2', () => {
  it('measures Kazakhstan at about 2.71 million km² (±3%) and says how', () => {
    const measured = areaKm2(country('KAZ'));
    expect(within(measured.value, 2.71e6, 0.03)).toBe(true);
    expect(measured).toMatchObject({ unit: 'km²', resolution: 'Natural Earth 1:50m', method: 'turf.area' });
  });

  it('measures the atlas France, overseas territories included, at about 0.636 million km²', () => {
    expect(within(areaKm2(country('FRA')).value, 0.636e6, 0.03)).toBe(true);
  });

  it('measures mainland France at about 0.546 million km² (±3%)', () => {
    expect(within(areaKm2(mainland(country('FRA'))).value, 0.546e6, 0.03)).toBe(true);
  });

  it('finds Kazakhstan about five times as large as mainland France', () => {
    const ratio = areaKm2(country('KAZ')).value / areaKm2(mainland(country('FRA'))).value;
    expect(ratio).toBeGreaterThan(4.8);
    expect(ratio).toBeLessThan(5.2);
  });

});

describe('mainland', () => {
  it('keeps mainland France, Corsica and the Atlantic islands and drops Guiana, the Antilles and Réunion', () => {
    const outersOf = (f: ReturnType<typeof country>) => ringsOf(f).filter(({ hole }) => !hole).map(({ ring }) => ring);
    const outers = outersOf(mainland(country('FRA')));
    const corsica = outers.filter((ring) => ring.every(([lon = 0]) => lon > 8.5));
    expect(corsica).toHaveLength(1);
    expect(outers.length).toBeLessThan(outersOf(country('FRA')).length);
    expect(outers.flat().every(([lon = 0, lat = 0]) => lon > -6 && lon < 10 && lat > 41 && lat < 52)).toBe(true);
  });

  it('is, for France, exactly its polygons in Europe', () => {
    expect(mainland(country('FRA'))).toEqual(polygonsWithin(country('FRA'), [-6, 41, 10, 52]));
  });

  it('keeps the contiguous United States without Alaska and Hawaii, for any country', () => {
    const lons = ringsOf(mainland(country('USA'))).flatMap(({ ring }) => ring.map(([lon = 0]) => lon));
    expect(Math.min(...lons)).toBeGreaterThan(-130);
    expect(areaKm2(mainland(country('USA'))).value).toBeLessThan(areaKm2(country('USA')).value * 0.85);
  });

  it('is the whole country when it is all mainland', () => {
    expect(mainland(country('KAZ'))).toEqual(country('KAZ'));
  });
});

describe('polygonsWithin', () => {
  it('returns null when no polygon lies inside the box', () => {
    expect(polygonsWithin(country('KAZ'), [0, 0, 1, 1])).toBeNull();
  });
});
