import type { Lang, StoryLayers, StoryManifest } from '../../contract';
import type { Messages } from '../i18n';

/** A text alternative for the map, generated from the data it draws. */
export function describeMap(story: Pick<StoryManifest, 'countries'>, layers: Pick<StoryLayers, 'relations' | 'places'>, lang: Lang, t: Messages): string {
  const relations = new Set(layers.relations.features.map((f) => f.properties.relation)).size;
  const places = [...layers.places.features]
    .filter((f) => !f.properties.context && f.properties.kind !== 'region')
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .map((f) => f.properties.name[lang]);
  const countries = story.countries.map((c) => `${c.name[lang]} (${t.role[c.role]})`).join(', ');
  return `${t.mapDescription(story.countries.length, relations, places.join(', '))} ${countries}.`;
}
