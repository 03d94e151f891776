import type { CountryRole, RelationKind } from '../../shared/contract';

interface RenderedMap {
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> | null }[];
}

/** What the map draws in its frame right now: the legend names only that. */
export interface OnScreen {
  roles: CountryRole[];
  kinds: RelationKind[];
  /** The ring of the place the story happens in. */
  here: boolean;
}

const values = (map: RenderedMap, layer: string, key: string): string[] => {
  const seen = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers: [layer] })) {
    const value = feature.properties?.[key];
    if (typeof value === 'string') seen.add(value);
  }
  return [...seen].sort();
};

/** Read from the rendered fills, lines and rings, after the map settles; in a stable order. */
export function onScreen(map: RenderedMap): OnScreen {
  return {
    roles: values(map, 'countries-fill', 'role') as CountryRole[],
    kinds: values(map, 'relations-line', 'kind') as RelationKind[],
    here: map.queryRenderedFeatures({ layers: ['places-here'] }).length > 0,
  };
}
