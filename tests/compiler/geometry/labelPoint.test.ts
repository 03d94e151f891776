import { booleanPointInPolygon, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../src/compiler/geometry';
import { country } from './helpers';

describe('labelPoint', () => {
  it.each(['KAZ', 'RUS', 'CHN', 'USA', 'UZB', 'KGZ', 'TJK', 'TKM', 'FRA', 'FJI', 'IDN', 'CHL'])('puts the label of %s inside the country', (a3) => {
    expect(booleanPointInPolygon(labelPoint(country(a3)), country(a3))).toBe(true);
  });

  it('puts Russia’s label in Siberia: not in Chukotka, not on an Arctic island, not in European Russia', () => {
    const [lon, lat] = labelPoint(country('RUS'));
    expect(lon).toBeGreaterThan(60);
    expect(lon).toBeLessThan(120);
    expect(lat).toBeGreaterThan(55);
    expect(lat).toBeLessThan(70);
  });

  it('puts Kazakhstan’s label near its middle, within 400 km of the centre of its bounding box', () => {
    expect(distance(labelPoint(country('KAZ')), [67, 48], { units: 'kilometers' })).toBeLessThan(400);
  });

  it('puts France’s label in mainland France, not overseas', () => {
    const [lon, lat] = labelPoint(country('FRA'));
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
  });

  it('puts the USA label in the contiguous states, not in Alaska', () => {
    const [lon, lat] = labelPoint(country('USA'));
    expect(lon).toBeGreaterThan(-125);
    expect(lon).toBeLessThan(-67);
    expect(lat).toBeLessThan(49);
  });

  it('rounds the point to 3 decimals', () => {
    expect(labelPoint(country('UZB')).every((x) => Math.round(x * 1000) / 1000 === x)).toBe(true);
  });
});
