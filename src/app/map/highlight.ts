import type { FeatureCollection, Geometry } from 'geojson';

export const HIGHLIGHT_SOURCE = 'highlight';
export type HighlightKind = 'hover' | 'selected';

/**
 * The outlines of the selected and hovered countries, as a source of their own. Outlining them
 * through feature-state would mean drawing every country's outline, invisible, in every frame.
 */
export function highlightCollection(
  countries: FeatureCollection<Geometry, Record<string, unknown>>,
  highlighted: Partial<Record<HighlightKind, readonly string[]>>,
): FeatureCollection<Geometry, Record<string, unknown>> {
  const kinds = Object.entries(highlighted) as [HighlightKind, readonly string[]][];
  return {
    type: 'FeatureCollection',
    features: kinds.flatMap(([highlight, ids]) =>
      countries.features
        .filter((feature) => ids.includes(String(feature.properties.id)))
        .map((feature) => ({ type: 'Feature' as const, geometry: feature.geometry, properties: { id: feature.properties.id, highlight } })),
    ),
  };
}
