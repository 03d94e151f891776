import type { Mention, Person } from '../../shared/contract';
import type { Annotation } from '../annotation/schema';
import type { GazetteerEntry } from '../gazetteer';

/** The annotation's places, as gazetteer entries that add to or override the built-in ones. */
export function annotationEntries(annotation: Annotation | null): GazetteerEntry[] {
  return (annotation?.places ?? []).map((place) => ({
    id: place.id,
    kind: place.kind === 'site' ? 'building' : place.kind,
    name: place.name,
    ...(place.country ? { country: place.country } : {}),
    coordinates: place.coordinates,
    names: unique([place.name.fr, place.name.en, ...place.aliases]),
  }));
}

export interface StoryPerson extends Person {
  names: string[];
}

export function annotationPeople(annotation: Annotation | null): StoryPerson[] {
  return (annotation?.people ?? []).map((person) => ({
    id: person.id,
    name: person.name,
    country: person.country,
    ...(person.role ? { role: person.role } : {}),
    names: unique([person.name, ...person.aliases]),
  }));
}

/**
 * The country a mention gives context to: a country's name and adjectives,
 * and the places and people that belong to it. Regions belong to no single country.
 */
export function countryOfMention(
  mention: Mention,
  placeCountry: ReadonlyMap<string, string | undefined>,
  personCountry: ReadonlyMap<string, string>,
): string | undefined {
  if (mention.form === 'name' || mention.form === 'adjective') return mention.entity;
  if (mention.form === 'place') return placeCountry.get(mention.entity);
  if (mention.form === 'person') return personCountry.get(mention.entity);
  return undefined;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
