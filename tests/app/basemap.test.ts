import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from '../../src/app/data/basemap';
import { basemapTopology } from '../../src/compiler/story/basemapTopology';
import { compiledStories } from './compiledData';

const [{ layers }] = compiledStories() as [ReturnType<typeof compiledStories>[number]];
const decoded = decodeBasemap(JSON.parse(JSON.stringify(basemapTopology(layers))))!;

const positions = (feature: Feature): Position[] => JSON.stringify(feature.geometry).match(/-?\d+(\.\d+)?(e-?\d+)?,-?\d+(\.\d+)?(e-?\d+)?/g)!.map((pair) => pair.split(',').map(Number));

describe.each(['countries', 'borders'] as const)('the basemap topology, decoded, gives back the %s', (layer) => {
  const original = layers[layer] as FeatureCollection;
  const roundTrip = decoded[layer] as FeatureCollection;

  it('with every feature, id and property unchanged', () => {
    expect(roundTrip.features.map((f) => [f.id, f.properties])).toEqual(original.features.map((f) => [f.id, f.properties]));
  });

  it('with every vertex within 0.005° of where it was', () => {
    original.features.forEach((feature, i) => {
      const before = positions(feature);
      const after = positions(roundTrip.features[i]!);
      expect(after).toHaveLength(before.length);
      const worst = Math.max(...before.map((p, j) => Math.max(Math.abs(p[0]! - after[j]![0]!), Math.abs(p[1]! - after[j]![1]!))));
      expect(worst, String(feature.id)).toBeLessThan(0.005);
    });
  });
});

describe('decoding a basemap that is not one', () => {
  it.each([
    ['null', null],
    ['a GeoJSON collection', { type: 'FeatureCollection', features: [] }],
    ['a topology without the borders', { type: 'Topology', arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [] } } }],
    ['a topology pointing at arcs it lacks', { type: 'Topology', arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [7] }] }, borders: { type: 'GeometryCollection', geometries: [] } } }],
  ])('gives nothing for %s, without throwing', (_name, value) => {
    expect(decodeBasemap(value)).toBeUndefined();
  });
});
