import { herePlaces } from './herePlaces';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { LANGS, type Claim, type Lang, type Localized, type StoryLayers } from '../../shared/contract';
import { localeOf } from '../i18n';
import { numberFormat } from '../format/intlCache';

/**
 * MapLibre turns nested objects into JSON strings, so a style cannot read `name.fr`.
 * These helpers return new collections whose localized fields are also flat (`name_fr`, `name_en`).
 */
type Flat = Record<string, unknown>;

export type MapLayers = { [K in keyof StoryLayers | 'borderLabels']: FeatureCollection<Geometry, Flat> };

/** What the map's words need beside the layers: the claims give the border its figure as the article states it. */
export interface MapWords {
  claims?: readonly Claim[];
  /** The hedge the article puts before a figure: `quelque 7 500 km`, `some 7,500 km`. */
  approximately?: Record<Lang, (figure: string) => string>;
}

export function toMapData(layers: StoryLayers, words: MapWords = {}): MapLayers {
  const here = herePlaces(layers);
  return {
    countries: mapProperties(layers.countries, flattenLocalized),
    borders: mapProperties(layers.borders, flattenLocalized),
    labels: mapProperties(layers.labels, flattenLocalized),
    places: mapProperties(layers.places, (p) => ({
      ...flattenLocalized(p),
      here: here.has(p.id),
    })),
    relations: relationGestures(mapProperties(layers.relations, flattenLocalized)),
    land: mapProperties(layers.land, flattenLocalized),
    boundaries: mapProperties(layers.boundaries, flattenLocalized),
    borderLabels: borderLabelPoints(mapProperties(layers.borders, flattenLocalized), words),
  };
}

/**
 * The article's figure for each border the compiler gave a label point: the length stated by the claim about
 * that border, never the length measured on generalised data, which the claim card gives with its caveat. A
 * border no claim states a figure for carries no label.
 */
export function borderLabelPoints(borders: FeatureCollection<Geometry, Flat>, words: MapWords = {}): FeatureCollection<Geometry, Flat> {
  return {
    type: 'FeatureCollection',
    features: borders.features.flatMap((feature) => {
      const at = feature.properties.labelAt as [number, number] | undefined;
      const claim = at && words.claims?.find((c) => c.subjects.includes(String(feature.properties.id)) && c.stated.unit === 'km');
      if (!claim) return [];
      const stated = (lang: Lang) => {
        const figure = kilometres(claim.stated.value, localeOf(lang));
        const hedge = words.approximately?.[lang];
        return claim.stated.approximate && hedge ? hedge(figure) : figure;
      };
      const properties = { ...feature.properties, ...Object.fromEntries(LANGS.map((lang) => [`length_${lang}`, stated(lang)])) };
      return [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: at }, properties }];
    }),
  };
}

/**
 * One gesture per annotated relation: its lines to every target join in one feature (id: the relation's id),
 * so that a fan from Beijing to the five states is one line to hover, one to count and one to label. Each
 * relation also gets one `labelLine`, the leg to its middle target, that alone carries the relation's label.
 */
export function relationGestures(relations: FeatureCollection<Geometry, Flat>): FeatureCollection<Geometry, Flat> {
  const groups = new Map<string, Feature<Geometry, Flat>[]>();
  for (const feature of relations.features) {
    const id = String(feature.properties.relation);
    groups.set(id, [...(groups.get(id) ?? []), feature]);
  }
  const features: Feature<Geometry, Flat>[] = [];
  for (const [id, members] of groups) {
    const first = members[0]!;
    const lines = members.flatMap((m) => (m.geometry.type === 'LineString' ? [m.geometry.coordinates] : m.geometry.type === 'MultiLineString' ? m.geometry.coordinates : []));
    const targets = members.map((m) => String(m.properties.to));
    const properties = { ...first.properties, id, to: targets.join(','), targets: targets.length, labelLine: false };
    features.push({
      type: 'Feature',
      id,
      geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines },
      properties,
    });
    const middle = members[Math.floor(members.length / 2)]!;
    features.push({ type: 'Feature', id: `${id}#label`, geometry: middle.geometry, properties: { ...properties, id: `${id}#label`, labelLine: true } });
  }
  return { type: 'FeatureCollection', features };
}

export function flattenLocalized(properties: object): Flat {
  const flat: Flat = { ...properties };
  for (const [key, value] of Object.entries(properties)) {
    if (isLocalized(value)) {
      flat[`${key}_fr`] = value.fr;
      flat[`${key}_en`] = value.en;
    }
  }
  return flat;
}

export function mapProperties<G extends Geometry, P extends object>(
  collection: FeatureCollection<G, P>,
  transform: (properties: P) => Flat,
): FeatureCollection<Geometry, Flat> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map(
      (feature): Feature<Geometry, Flat> => ({ ...feature, properties: transform(feature.properties) }),
    ),
  };
}

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localized).fr === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

/**
 * French groups thousands with a narrow no-break space, which the map's text shaping drops
 * ("5438 km"): a plain no-break space reads the same and is drawn.
 */
export function kilometres(value: unknown, locale: string): string {
  const km = Math.round(Number(value) || 0);
  return `${numberFormat(locale).format(km).replace(/\u202F/g, '\u00A0')} km`;
}
