import { describe, expect, it } from 'vitest';
import { sharedBorders, simplifyArc, worldCountries } from '../../../src/compiler/geometry';
import { ringsOf, simplifyTopology, world } from './helpers';

const nameOf = (a3: string) => ({ fr: a3, en: a3 });
const vertexCount = (topology: { arcs: unknown[][] }) => topology.arcs.reduce((n, arc) => n + arc.length, 0);

describe('simplifyTopology', () => {
  const simple = simplifyTopology(world().topology, { tolerance: 0.01, farTolerance: 0.05, region: [40, 30, 95, 60] });

  it('drops vertices and loses no country', () => {
    expect(vertexCount(simple)).toBeLessThan(vertexCount(world().topology) * 0.8);
    expect(worldCountries(simple).features.map((f) => f.id)).toEqual([...world().countries.keys()]);
  });

  it('keeps the shared border on both countries’ outlines, vertex for vertex', () => {
    const countries = new Map(worldCountries(simple).features.map((f) => [f.properties.a3, f]));
    const key = (p: number[]) => `${p[0]},${p[1]}`;
    const outline = (a3: string) => new Set(ringsOf(countries.get(a3)!).flatMap(({ ring }) => ring.map(key)));
    const [kaz, rus] = [outline('KAZ'), outline('RUS')];
    const border = sharedBorders(simple, ['KAZ', 'RUS'], nameOf).features[0]!;
    const points = border.geometry.type === 'LineString' ? border.geometry.coordinates : border.geometry.coordinates.flat();
    expect(points.every((p) => kaz.has(key(p)) && rus.has(key(p)))).toBe(true);
  });

  it('simplifies arcs away from the region more than arcs near it', () => {
    const near = simplifyTopology(world().topology, { tolerance: 0.01, farTolerance: 0.01 });
    expect(vertexCount(simple)).toBeLessThan(vertexCount(near));
  });
});

describe('simplifyArc', () => {
  it('keeps the ends and drops points closer than the tolerance', () => {
    expect(simplifyArc([[0, 0], [1, 0.501], [2, 1], [3, 0.499], [4, 0]], 0.01)).toEqual([[0, 0], [2, 1], [4, 0]]);
  });

  it('keeps a closed island ring a polygon, with at least four positions', () => {
    const island = [[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]];
    expect(simplifyArc(island, 1).length).toBeGreaterThanOrEqual(4);
  });
});
