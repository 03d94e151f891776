import type { Topology } from 'topojson-specification';
import { countriesObject, type AtlasGeometryProperties } from './types';

type ArcIndexes = number | ArcIndexes[];

function collect(indexes: ArcIndexes, into: Set<number>): Set<number> {
  if (Array.isArray(indexes)) for (const nested of indexes) collect(nested, into);
  else into.add(indexes < 0 ? ~indexes : indexes);
  return into;
}

/** The arcs each country is drawn from, by ISO3: its shape depends on nothing else in the topology. */
export function countryArcs(topology: Topology): Map<string, number[]> {
  const arcs = new Map<string, number[]>();
  for (const geometry of countriesObject(topology).geometries) {
    const a3 = (geometry.properties as AtlasGeometryProperties | undefined)?.a3;
    if (a3 && 'arcs' in geometry) arcs.set(a3, [...collect(geometry.arcs as ArcIndexes, new Set())].sort((a, b) => a - b));
  }
  return arcs;
}
