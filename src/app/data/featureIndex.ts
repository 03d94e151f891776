import type { CountryFeature, Person, PlaceFeature, StoryLayers } from '../../shared/contract';

/** The one place a story's country, place or person is looked up by id. */
export interface FeatureIndex {
  country: (id: string) => CountryFeature | undefined;
  place: (id: string) => PlaceFeature | undefined;
  person: (id: string) => Person | undefined;
}

/** Builds the lookups once per story: a `Map` each, so an id such as `constructor` finds nothing. */
export function indexFeatures(layers: Pick<StoryLayers, 'countries' | 'places'>, people: readonly Person[] = []): FeatureIndex {
  const countries = new Map(layers.countries.features.map((f) => [f.properties.id, f]));
  const places = new Map(layers.places.features.map((f) => [f.properties.id, f]));
  const persons = new Map(people.map((p) => [p.id, p]));
  return {
    country: (id) => countries.get(id),
    place: (id) => places.get(id),
    person: (id) => persons.get(id),
  };
}
