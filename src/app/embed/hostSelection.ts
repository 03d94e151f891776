import type { StoryLayers } from '../../shared/contract';
import type { Selection } from '../state/selection';

/**
 * A host page's `select`, kept only when the story has that country or place: a well-formed id the story
 * lacks (`constructor`, `ZZZ`) must not reach the address bar or the screen reader.
 */
export function knownSelection(next: Selection, layers: Pick<StoryLayers, 'countries' | 'places'>): Selection {
  if (!next) return null;
  const features = next.kind === 'country' ? layers.countries.features : layers.places.features;
  return features.some((feature) => feature.properties.id === next.id) ? next : null;
}
