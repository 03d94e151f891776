import type { CountryRole, PlaceFeature } from '../../shared/contract';

/** Marks the host country's capital, where the story happens: the map rings it and the legend names it. */
export function markHere(places: readonly PlaceFeature[], roles: ReadonlyMap<string, CountryRole>): PlaceFeature[] {
  return places.map((place) =>
    place.properties.kind === 'capital' && roles.get(place.properties.country) === 'host'
      ? { ...place, properties: { ...place.properties, here: true } }
      : place,
  );
}
