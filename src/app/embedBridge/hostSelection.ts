import type { FeatureIndex } from '../data/featureIndex';
import type { Selection } from '../state/selection';

/**
 * A host page's `select`, kept only when the story has that country or place: a well-formed id the story
 * lacks (`constructor`, `ZZZ`) must not reach the address bar or the screen reader.
 */
export function knownSelection(next: Selection, features: Pick<FeatureIndex, 'country' | 'place'>): Selection {
  if (!next) return null;
  const feature = next.kind === 'country' ? features.country(next.id) : features.place(next.id);
  return feature ? next : null;
}
