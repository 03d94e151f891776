import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeBasemap, decodeWorld } from '../../src/app/data/basemap';
import { basemapTopology, worldTopology } from '../../src/compiler/story/basemapTopology';
import { compiledStories } from './compiledData';

const [{ layers }] = compiledStories() as [ReturnType<typeof compiledStories>[number]];
const decoded: Record<string, unknown> = { ...decodeBasemap(JSON.parse(JSON.stringify(basemapTopology(layers))))!, ...decodeWorld(JSON.parse(JSON.stringify(worldTopology(layers))))! };

const positions = (feature: Feature): Position[] => JSON.stringify(feature.geometry).match(/-?\d+(\.\d+)?(e-?\d+)?,-?\d+(\.\d+)?(e-?\d+)?/g)!.map((pair) => pair.split(',').map(Number));

// The world file is quantized ten times coarser (about 0.036°), and may merge vertices that fall on one step.
describe.each([
  { layer: 'countries', tolerance: 0.005, sameCount: true },
  { layer: 'borders', tolerance: 0.005, sameCount: true },
  { layer: 'land', tolerance: 0.02, sameCount: false },
  { layer: 'boundaries', tolerance: 0.02, sameCount: false },
] as const)('the topologies, decoded, give back the $layer', ({ layer, tolerance, sameCount }) => {
  const original = layers[layer] as FeatureCollection;
  const roundTrip = decoded[layer] as FeatureCollection;

  it('with every feature, id and property unchanged', () => {
    expect(roundTrip.features.map((f) => [f.id, f.properties])).toEqual(original.features.map((f) => [f.id, f.properties]));
  });

  // Where two layers share a vertex, a ring may start at that junction after the round trip: the same ring, rotated.
  it(`with every vertex within ${tolerance}° of one it had`, () => {
    original.features.forEach((feature, i) => {
      const before = positions(feature);
      const after = positions(roundTrip.features[i]!);
      if (sameCount) expect(after).toHaveLength(before.length);
      const near = nearestDistance(after, tolerance);
      const worst = Math.max(...before.map(near));
      expect(worst, String(feature.id)).toBeLessThan(tolerance);
    });
  });
});

/** Distance (max of |dx|, |dy|) from a point to the nearest of `points` (Infinity beyond `cell`), through a grid. */
function nearestDistance(points: Position[], cell: number): (p: Position) => number {
  const cellOf = (value: number) => Math.floor(value / cell);
  const grid = new Map<string, Position[]>();
  for (const p of points) {
    const key = `${cellOf(p[0]!)},${cellOf(p[1]!)}`;
    grid.set(key, [...(grid.get(key) ?? []), p]);
  }
  return (p) => {
    let best = Infinity;
    for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) {
      for (const q of grid.get(`${cellOf(p[0]!) + dx},${cellOf(p[1]!) + dy}`) ?? []) best = Math.min(best, Math.max(Math.abs(p[0]! - q[0]!), Math.abs(p[1]! - q[1]!)));
    }
    return best;
  };
}

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
