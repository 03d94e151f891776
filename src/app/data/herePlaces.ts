import type { StoryLayers } from '../../shared/contract';

/**
 * The places ringed as "where the story happens": the story's focus when it names one (issue #15),
 * else the host's capital. One rule for the map, the static map and the legend.
 */
export function herePlaces(layers: Pick<StoryLayers, 'countries' | 'places'>): Set<string> {
  const focus = layers.places.features.filter((f) => f.properties.focus === true);
  if (focus.length > 0) return new Set(focus.map((f) => f.properties.id));
  const hosts = new Set(layers.countries.features.filter((f) => f.properties.role === 'host').map((f) => f.properties.id));
  return new Set(layers.places.features.filter((f) => f.properties.kind === 'capital' && hosts.has(f.properties.country)).map((f) => f.properties.id));
}
