import type { Arc, Topology } from 'topojson-specification';
import { arcTolerances, decodeArcs, simplifyArc, withArcs, type TopologySimplifyOptions } from '../../../src/compiler/geometry';
import { ringBbox } from '../../../src/compiler/geometry/polygons';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { worldCountries, type AtlasCountry } from '../../../src/compiler/geometry';
import { readWorldAtlas as loadWorldAtlas } from '../../../src/shell/readAtlas';

/** Freezes a value and everything it holds, so that any write throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let cache: { topology: ReturnType<typeof loadWorldAtlas>; countries: Map<string, AtlasCountry> } | undefined;

/** The atlas and its cleaned countries, built once per test file. */
export function world() {
  if (!cache) {
    const topology = loadWorldAtlas('50m');
    const countries = new Map(worldCountries(topology).features.map((f) => [f.properties.a3, f]));
    cache = { topology, countries };
  }
  return cache;
}

export function country(a3: string): AtlasCountry {
  const found = world().countries.get(a3);
  if (!found) throw new Error(`${a3} is not in the atlas`);
  return found;
}

export function ringsOf(feature: Feature<Polygon | MultiPolygon>): { ring: Position[]; hole: boolean }[] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.flatMap((polygon) => polygon.map((ring, i) => ({ ring, hole: i > 0 })));
}

export function largestStep(line: readonly Position[]): number {
  return line.reduce((max, p, i) => (i === 0 ? max : Math.max(max, Math.abs((p[0] ?? 0) - (line[i - 1]?.[0] ?? 0)))), 0);
}

/**
 * The reference the shared simplifier is checked against: every arc of the topology simplified once, at
 * its region's tolerance, so neighbours keep the very same shared edge.
 */
export function simplifyTopology<T extends Topology>(topology: T, options: TopologySimplifyOptions): T {
  const decoded = decodeArcs(topology);
  const tolerances = arcTolerances(decoded.map(ringBbox), options);
  return withArcs(topology, decoded.map((arc, i) => simplifyArc(arc, tolerances[i] ?? options.tolerance) as Arc));
}
