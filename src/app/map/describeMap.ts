import type { Lang, StoryLayers, StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';
import { term } from '../i18n/term';

/**
 * A text alternative for the map, generated from the data it draws: the area and the country it centres on,
 * the countries and their roles, the places, and each relation on screen with its kind. The relations are
 * those the map draws now (`shown`), so that a screen-reader user hears the lines a sighted reader sees.
 */
export function describeMap(
  story: Pick<StoryManifest, 'countries' | 'bounds'>,
  layers: Pick<StoryLayers, 'relations' | 'places'>,
  lang: Lang,
  t: Messages,
  shown: readonly string[],
): string {
  const onScreen = new Set(shown);
  const relations = new Map(
    layers.relations.features.filter((f) => onScreen.has(f.properties.relation)).map((f) => [f.properties.relation, f.properties]),
  );
  const places = [...layers.places.features]
    .filter((f) => !f.properties.context && f.properties.kind !== 'region')
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .map((f) => f.properties.name[lang]);
  const countries = story.countries.map((c) => `${c.name[lang]} (${term(t.role, c.role)})`).join(', ');
  const host = story.countries.find((c) => c.role === 'host') ?? story.countries[0];
  const drawn = [...relations.values()].map((r) => `${r.label[lang]} (${term(t.relationKind, r.kind)})`).join(t.listSeparator);
  return [
    host ? t.mapArea((host.definite ?? host.name)[lang], story.bounds) : '',
    `${t.mapDescription(story.countries.length, relations.size, places.join(', '))} ${countries}.`,
    relations.size ? t.mapRelations(drawn) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
