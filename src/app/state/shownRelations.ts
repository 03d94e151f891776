import type { Step, StoryLayers, StoryManifest } from '../../shared/contract';
import type { RelationSummary } from '../format/relationSummary';
import { idsOfCountry, type Selection } from './selection';

/**
 * The annotated relations the map draws: the overview's few (all of them when the annotation names none),
 * or the step's own; and, whatever the step, those of the selected country or place. Each step thus shows
 * only what happened in it.
 */
export function shownRelationIds(
  story: Pick<StoryManifest, 'overview'>,
  step: Pick<Step, 'relations'> | undefined,
  selection: Selection,
  relations: readonly RelationSummary[],
  layers: Pick<StoryLayers, 'places'>,
): string[] {
  const base = step ? step.relations : (story.overview?.relations ?? relations.map((r) => r.relation));
  const shown = new Set(base);
  if (selection) {
    const ids = selection.kind === 'country' ? idsOfCountry(selection.id, layers) : new Set([selection.id]);
    for (const relation of relations) {
      if (ids.has(relation.from) || relation.targets.some((to) => ids.has(to))) shown.add(relation.relation);
    }
  }
  return relations.map((r) => r.relation).filter((id) => shown.has(id));
}

/** The places at either end of the relations drawn (their dots show even where background places wait). */
export function endPlaceIds(relations: readonly RelationSummary[], shown: readonly string[], layers: Pick<StoryLayers, 'places'>): string[] {
  const on = new Set(shown);
  const ends = new Set(relations.filter((r) => on.has(r.relation)).flatMap((r) => [r.from, ...r.targets]));
  return layers.places.features.map((f) => f.properties.id).filter((id) => ends.has(id));
}
