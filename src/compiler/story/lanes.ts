import type { RelationFeature, RelationProperties } from '../../shared/contract';

export type UnlanedRelation = Omit<RelationFeature, 'properties'> & { properties: Omit<RelationProperties, 'lane'> };

/**
 * Relations between the same two ends would be drawn on top of each other: each gets a lane to offset it by.
 * The ends are a relation's origin and all its targets, as the map draws it (one line per relation). Lanes
 * count half-widths so they stay integers (style `match` labels must be): 3 relations get -2, 0, 2.
 * Reads the features in the order they are written, so the lanes are the file's own.
 */
export function withLanes(features: readonly UnlanedRelation[]): RelationFeature[] {
  const ends = new Map<string, { from: string; to: string[] }>();
  for (const { properties } of features) {
    const seen = ends.get(properties.relation);
    if (seen) seen.to.push(properties.to);
    else ends.set(properties.relation, { from: properties.from, to: [properties.to] });
  }
  const groups = new Map<string, string[]>();
  for (const [relation, { from, to }] of ends) {
    const key = [from, to.join(',')].sort().join('|');
    groups.set(key, [...(groups.get(key) ?? []), relation]);
  }
  const lanes = new Map([...groups.values()].flatMap((members) => members.map((relation, position) => [relation, 2 * position - (members.length - 1)] as const)));
  return features.map((feature) => ({ ...feature, properties: { ...feature.properties, lane: lanes.get(feature.properties.relation) ?? 0 } }));
}
