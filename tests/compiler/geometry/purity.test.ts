import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  areaKm2,
  borderLengthKm,
  cutCountries,
  emphasisScale,
  greatCircleArc,
  labelPoint,
  mainland,
  normalizeAreaGeometry,
  sharedBorders,
  topologySimplifier,
  worldCountries,
} from '../../../src/compiler/geometry';
import { deepFreeze } from './helpers';
import { readWorldAtlas as loadWorldAtlas } from '../../../src/shell/readAtlas';

const topology = deepFreeze(loadWorldAtlas('50m'));
const countries = deepFreeze(worldCountries(loadWorldAtlas('50m')));
const byId = (a3: string) => countries.features.find((f) => f.properties.a3 === a3)!;
const crossing: Feature<Polygon> = deepFreeze({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[179, -16], [179, -17], [-179, -17], [-179, -16], [179, -16]]] },
});

describe('the geometry functions never write to their inputs', () => {
  it('the deep freeze really catches writes (so the tests below can fail)', () => {
    expect(() => {
      (byId('KAZ').geometry.coordinates as number[][][][])[0]![0]!.reverse();
    }).toThrow(TypeError);
  });

  it('worldCountries, sharedBorders, borderLengthKm and topologySimplifier read a frozen topology', () => {
    expect(worldCountries(topology).features.length).toBeGreaterThan(200);
    expect(sharedBorders(topology, ['KAZ', 'RUS'], (a3) => ({ fr: a3, en: a3 })).features).toHaveLength(1);
    expect(borderLengthKm(topology, 'KAZ', 'RUS')?.value).toBeGreaterThan(5000);
    expect(topologySimplifier(topology)({ tolerance: 0.05 }).topology.arcs.length).toBe(topology.arcs.length);
  });

  it('cutCountries, labelPoint, areaKm2 and mainland read frozen features', () => {
    expect(cutCountries(countries, { bbox: [46, 35, 88, 56], keep: ['USA'] }).length).toBeGreaterThan(5);
    expect(labelPoint(byId('RUS'))).toHaveLength(2);
    expect(areaKm2(mainland(byId('FRA'))).value).toBeGreaterThan(0);
  });

  it('normalizeAreaGeometry, greatCircleArc and emphasisScale read frozen arguments', () => {
    expect(normalizeAreaGeometry(crossing.geometry)?.type).toBe('MultiPolygon');
    expect(greatCircleArc(deepFreeze([139.7, 35.7]), deepFreeze([-149.9, 61.2])).type).toBe('MultiLineString');
    expect(emphasisScale(deepFreeze([1, 2, 3]))(2)).toBeGreaterThan(0);
  });
});
