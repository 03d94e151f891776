import type { Step, StoryEvent, StoryLayers } from '../../shared/contract';
import type { SourceId } from '../map/style';

/** Feature-state `focus` per source: true for what the step is about, false for the rest. */
export type Focus = Partial<Record<SourceId, Map<string, boolean>>>;

export function stepFocus(step: Step, events: readonly StoryEvent[], layers: StoryLayers): Focus {
  const countries = new Set(step.countries);
  const relations = new Set(step.relations);
  const stepEvents = new Set(step.events);
  const places = new Set([...step.places, ...events.filter((e) => stepEvents.has(e.id)).map((e) => e.place)]);
  const relationEnds = new Set<string>();
  for (const { properties } of layers.relations.features) {
    if (relations.has(properties.relation)) relationEnds.add(properties.from).add(properties.to);
  }
  return {
    countries: new Map(layers.countries.features.map((f) => [f.properties.id, countries.has(f.properties.id)])),
    labels: new Map(layers.labels.features.map((f) => [f.properties.id, countries.has(f.properties.id)])),
    // Keyed by annotated relation: the map draws each relation, with all its targets, as one feature.
    relations: new Map(layers.relations.features.map((f) => [f.properties.relation, relations.has(f.properties.relation)])),
    places: new Map(
      layers.places.features.map((f) => [
        f.properties.id,
        places.has(f.properties.id) || relationEnds.has(f.properties.id) || countries.has(f.properties.country),
      ]),
    ),
  };
}
