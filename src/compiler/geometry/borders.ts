import { lineString, multiLineString } from '@turf/helpers';
import { length } from '@turf/length';
import { mesh } from 'topojson-client';
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { BorderFeature, BorderProperties, Localized } from '../../shared/contract';
import { splitLineAtAntimeridian } from './antimeridian';
import { cleanLines, lineGeometry, roundTo } from './clean';
import type { Topology } from 'topojson-specification';
import { countriesObject, DEFAULT_PRECISION, RESOLUTION, type AtlasGeometryProperties } from './types';

export type NameLookup = (iso3: string) => Localized;

/** `KAZ-RUS`: both codes, sorted, so that a border has one id whichever side names it. */
export function borderId(a: string, b: string): string {
  return [a, b].sort().join('-');
}

function arcIndex(arc: number): number {
  return arc < 0 ? ~arc : arc;
}

/** Which of the wanted countries use each arc. */
export function countriesByArc(topology: Topology, wanted: ReadonlySet<string>): Map<number, Set<string>> {
  const byArc = new Map<number, Set<string>>();
  for (const geometry of countriesObject(topology).geometries) {
    const a3 = (geometry.properties as Partial<AtlasGeometryProperties> | undefined)?.a3;
    if (!a3 || !wanted.has(a3) || !('arcs' in geometry)) continue;
    for (const arc of (geometry.arcs as unknown[]).flat(3) as number[]) {
      const index = arcIndex(arc);
      byArc.set(index, (byArc.get(index) ?? new Set()).add(a3));
    }
  }
  return byArc;
}

/** The arcs each pair of wanted countries shares, keyed by border id: one pass over the topology. */
export function borderArcsByPair(topology: Topology, isoIds: readonly string[]): Map<string, number[]> {
  const pairs = new Map<string, number[]>();
  for (const [arc, owners] of countriesByArc(topology, new Set(isoIds))) {
    if (owners.size !== 2) continue;
    const [a = '', b = ''] = [...owners];
    const id = borderId(a, b);
    pairs.set(id, [...(pairs.get(id) ?? []), arc]);
  }
  return new Map([...pairs].sort(([a], [b]) => a.localeCompare(b)));
}

/** The border as stitched lines, in full atlas precision. */
export function borderLines(topology: Topology, arcs: readonly number[]): Position[][] {
  return mesh(topology, { type: 'MultiLineString', arcs: arcs.map((arc) => [arc]) }).coordinates;
}

export function linesLengthKm(lines: Position[][]): number {
  const geometry = lines.length === 1 ? lineString(lines[0] ?? []) : multiLineString(lines);
  return length(geometry, { units: 'kilometers' });
}

function borderName(a: string, b: string, nameOf: NameLookup): Localized {
  const [first, second] = [nameOf(a), nameOf(b)];
  return { fr: `${first.fr} – ${second.fr}`, en: `${first.en} – ${second.en}` };
}

function toBorder(topology: Topology, id: string, arcs: number[], nameOf: NameLookup, decimals: number): BorderFeature {
  const [a = '', b = ''] = id.split('-');
  const lines = borderLines(topology, arcs);
  const geometry = lineGeometry(cleanLines(lines.flatMap(splitLineAtAntimeridian), decimals));
  const properties: BorderProperties = {
    id,
    name: borderName(a, b, nameOf),
    countries: [a, b],
    // Measured before truncation, on the atlas's own vertices.
    lengthKm: roundTo(linesLengthKm(lines), 1),
    resolution: RESOLUTION,
    emphasis: false,
  };
  return { type: 'Feature', id, properties, geometry };
}

/** Land borders between any two of the given countries, each drawn once, sorted by id. */
export function sharedBorders(
  topology: Topology,
  isoIds: readonly string[],
  nameOf: NameLookup,
  options: { decimals?: number } = {},
): FeatureCollection<LineString | MultiLineString, BorderProperties> {
  const decimals = options.decimals ?? DEFAULT_PRECISION;
  const features = [...borderArcsByPair(topology, isoIds)].map(([id, arcs]) => toBorder(topology, id, arcs, nameOf, decimals));
  return { type: 'FeatureCollection', features };
}
