import type { Feature, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BoundaryFeature, BoundaryKind, LandFeature } from '../../shared/contract';
import { splitLineAtAntimeridian } from './antimeridian';
import { borderLines, countriesByArc } from './borders';
import { cleanLines, lineGeometry } from './clean';
import type { AtlasCountry } from './countries';
import { countriesObject, DEFAULT_PRECISION, type AtlasGeometryProperties } from './types';
import { disputedRegionOf, splitLinesByBox, WORLD_VIEW } from './worldView';

/**
 * The land a story does not draw as a country, from the coarse 1:110m atlas: every land area is drawn at any
 * view, in a quiet colour, under the story's own 1:50m countries.
 */
export function landFeatures(farCountries: readonly AtlasCountry[], drawn: ReadonlySet<string>): LandFeature[] {
  return farCountries
    .filter((country) => !drawn.has(country.properties.a3))
    .map((country) => ({ type: 'Feature', id: country.properties.a3, properties: { id: country.properties.a3 }, geometry: country.geometry }));
}

/**
 * The lines between land areas that are not both story countries, from the 1:110m atlas: international
 * borders drawn faint, disputed lines dashed. `disputed` adds the lines found elsewhere (the policy's own,
 * and the disputed parts of the story's 1:50m borders).
 */
export function boundaryFeatures(far: Topology, drawn: ReadonlySet<string>, disputed: readonly Position[][], decimals = DEFAULT_PRECISION): BoundaryFeature[] {
  const all = new Set(countriesObject(far).geometries.map((g) => (g.properties as AtlasGeometryProperties | undefined)?.a3 ?? ''));
  const international: number[] = [];
  // Lines between states of a disputed region are split by its box: dashed inside, international outside.
  const byRegion = new Map<NonNullable<ReturnType<typeof disputedRegionOf>>, number[]>();
  for (const [arc, owners] of countriesByArc(far, all)) {
    const [a = '', b = ''] = [...owners];
    if (owners.size !== 2 || (drawn.has(a) && drawn.has(b)) || isPolicyPair(a, b)) continue;
    const region = disputedRegionOf(a, b);
    if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), arc]);
    else international.push(arc);
  }
  const regional = [...byRegion].map(([region, arcs]) => splitLinesByBox(borderLines(far, arcs), region.bbox));
  const lines: Record<BoundaryKind, Position[][]> = {
    international: [...(international.length ? borderLines(far, international) : []), ...regional.flatMap((r) => r.outside)],
    disputed: [...regional.flatMap((r) => r.inside), ...disputed],
  };
  return (Object.keys(lines) as BoundaryKind[]).flatMap((kind) => {
    const parts = cleanLines(lines[kind].flatMap(splitLineAtAntimeridian), decimals);
    return parts.length ? [{ type: 'Feature', id: kind, properties: { id: kind, kind }, geometry: lineGeometry(parts) } satisfies Feature] : [];
  });
}

function isPolicyPair(a: string, b: string): boolean {
  const rules = WORLD_VIEW as Record<string, { rule: string; state?: string; disputedWith?: readonly string[] }>;
  const claims = (x: string, y: string) => rules[x]?.state === y || (rules[x]?.disputedWith ?? []).includes(y);
  return claims(a, b) || claims(b, a);
}
