import { mergeArcs } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { borderArcsByPair, borderLines } from './borders';
import type { Bbox } from '../../shared/bbox';
import { countriesObject, type AtlasGeometryProperties } from './types';
import { UN_MEMBERS, UN_OBSERVERS } from './unMembers';

/**
 * The map's world view. It follows the source agency's practice, here AFP's, which follows UN membership:
 * a feature of the atlas that is not a UN member or observer is drawn by one of these rules.
 * - `part-of`: merged into the UN member `state`, so it is neither labelled nor clickable; the line between
 *   them is drawn dashed, as a disputed line.
 * - `territory`: drawn as land with no name and no click; its line with `disputedWith` is dashed.
 * Every other non-member feature (Greenland, Puerto Rico, Hong Kong…) is a dependency: drawn like a country,
 * and labelled only when the gazetteer has its name in each interface language.
 */
export const WORLD_VIEW = {
  CYN: { rule: 'part-of', state: 'CYP', why: 'Northern Cyprus is recognised by Turkey alone; the UN buffer zone is drawn dashed.' },
  SOL: { rule: 'part-of', state: 'SOM', why: 'Somaliland is recognised by no UN member.' },
  XKX: { rule: 'part-of', state: 'SRB', why: 'Kosovo is not a UN member (Security Council resolution 1244).' },
  KAS: { rule: 'part-of', state: 'IND', why: 'The Siachen Glacier is Indian-administered and claimed by Pakistan, inside Kashmir.' },
  ESH: { rule: 'territory', disputedWith: ['MAR'], why: 'Western Sahara is on the UN list of non-self-governing territories.' },
  TWN: { rule: 'territory', disputedWith: [], why: 'Taiwan is not a UN member; AFP names it as a territory, not a state.' },
} as const satisfies Record<string, WorldViewRule>;

type WorldViewRule =
  | { rule: 'part-of'; state: string; why: string }
  | { rule: 'territory'; disputedWith: readonly string[]; why: string };

/**
 * Regions where every line between the listed states is disputed: drawn dashed, never as an international border.
 * Kashmir holds the Line of Control, the Siachen glacier, Aksai Chin and the Shaksgam valley.
 */
export const DISPUTED_REGIONS = [
  { id: 'kashmir', bbox: [72.5, 32.4, 80.4, 37.1] as Bbox, states: ['CHN', 'IND', 'PAK'], why: 'Kashmir is divided by the Line of Control and claimed by India, Pakistan and China.' },
] as const;

export type WorldViewKind = 'member' | 'observer' | 'part-of' | 'territory' | 'dependency';

export function worldViewOf(a3: string): WorldViewKind {
  if (UN_MEMBERS.has(a3)) return 'member';
  if (UN_OBSERVERS.has(a3)) return 'observer';
  return a3 in WORLD_VIEW ? WORLD_VIEW[a3 as keyof typeof WORLD_VIEW].rule : 'dependency';
}

/** Countries that are drawn as land with no name and no click. */
export const isTerritory = (a3: string): boolean => worldViewOf(a3) === 'territory';

/** The disputed lines the policy names (a merged feature and its state, a territory and its claimant), from the unmerged atlas. */
export function policyDisputedLines(topology: Topology): Position[][] {
  const pairs = Object.entries(WORLD_VIEW as Record<string, WorldViewRule>).flatMap(([a3, rule]) =>
    rule.rule === 'part-of' ? [[a3, rule.state]] : rule.disputedWith.map((other) => [a3, other]),
  );
  return pairs.flatMap(([a = '', b = '']) => {
    const arcs = borderArcsByPair(topology, [a, b]).get([a, b].sort().join('-'));
    return arcs ? borderLines(topology, arcs) : [];
  });
}

/** The atlas with each `part-of` feature merged into its state: borders and areas then follow the policy. */
export function applyWorldView<T extends Topology>(topology: T): T {
  const object = countriesObject(topology);
  const byA3 = new Map(object.geometries.map((geometry) => [a3Of(geometry), geometry]));
  const merged = new Map<string, GeometryObject[]>();
  for (const [a3, rule] of Object.entries(WORLD_VIEW as Record<string, WorldViewRule>)) {
    const part = byA3.get(a3);
    if (rule.rule !== 'part-of' || !part || !byA3.has(rule.state)) continue;
    merged.set(rule.state, [...(merged.get(rule.state) ?? [byA3.get(rule.state)!]), part]);
  }
  const dropped = new Set([...merged.values()].flatMap((parts) => parts.slice(1).map(a3Of)));
  const geometries = object.geometries.flatMap((geometry): GeometryObject[] => {
    const a3 = a3Of(geometry);
    if (dropped.has(a3)) return [];
    const parts = merged.get(a3);
    if (!parts) return [geometry];
    const union = mergeArcs(topology, parts as Parameters<typeof mergeArcs>[1]);
    return [{ ...union, id: geometry.id, properties: geometry.properties } as GeometryObject];
  });
  return { ...topology, objects: { ...topology.objects, countries: { ...object, geometries } } };
}

function a3Of(geometry: GeometryObject): string {
  return (geometry.properties as Partial<AtlasGeometryProperties> | undefined)?.a3 ?? '';
}

/** Splits lines into the runs inside and outside a box, by each segment's midpoint. */
export function splitLinesByBox(lines: Position[][], [west, south, east, north]: Bbox): { inside: Position[][]; outside: Position[][] } {
  const inside: Position[][] = [];
  const outside: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    let runInside: boolean | undefined;
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const [x, y] = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
      const isIn = x >= west && x <= east && y >= south && y <= north;
      if (isIn !== runInside) {
        if (run.length > 1) (runInside ? inside : outside).push(run);
        run = [a];
        runInside = isIn;
      }
      run.push(b);
    }
    if (run.length > 1) (runInside ? inside : outside).push(run);
  }
  return { inside, outside };
}

/** The disputed region a border between two states lies in, if any. */
export function disputedRegionOf(a: string, b: string): (typeof DISPUTED_REGIONS)[number] | undefined {
  return DISPUTED_REGIONS.find((region) => (region.states as readonly string[]).includes(a) && (region.states as readonly string[]).includes(b) && a !== b);
}
