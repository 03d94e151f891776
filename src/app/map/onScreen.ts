import type { CountryRole } from '../../contract';

interface RenderedCountries {
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> | null }[];
}

/**
 * The country roles the map draws in its frame right now, in a stable order (so the legend can name only
 * what is on screen). Read from the rendered fills, after the map settles.
 */
export function rolesOnScreen(map: RenderedCountries): CountryRole[] {
  const roles = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers: ['countries-fill'] })) {
    const role = feature.properties?.role;
    if (typeof role === 'string') roles.add(role);
  }
  return [...roles].sort() as CountryRole[];
}
