import type { Lang, StoryLayers, StoryManifest } from '../../shared/contract';

/** A display name for any id the story uses: country, place or person. */
export function nameResolver(story: Pick<StoryManifest, 'people'>, layers: Pick<StoryLayers, 'countries' | 'places'>, lang: Lang) {
  const names = new Map<string, string>();
  for (const f of layers.countries.features) names.set(f.properties.id, f.properties.name[lang]);
  for (const f of layers.places.features) names.set(f.properties.id, f.properties.name[lang]);
  for (const person of story.people) names.set(person.id, person.name);
  return (id: string): string => names.get(id) ?? id;
}
