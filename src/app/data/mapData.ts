import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Localized, StoryLayers } from '../../contract';
import { numberFormat } from '../story/intlCache';

/**
 * MapLibre turns nested objects into JSON strings, so a style cannot read `name.fr`.
 * These helpers return new collections whose localized fields are also flat (`name_fr`, `name_en`).
 */
type Flat = Record<string, unknown>;

export type MapLayers = { [K in keyof StoryLayers | 'borderLabels']: FeatureCollection<Geometry, Flat> };

export function toMapData(layers: StoryLayers): MapLayers {
  const hosts = new Set(layers.countries.features.filter((f) => f.properties.role === 'host').map((f) => f.properties.id));
  return {
    countries: mapProperties(layers.countries, flattenLocalized),
    borders: mapProperties(layers.borders, flattenLocalized),
    labels: mapProperties(layers.labels, flattenLocalized),
    places: mapProperties(layers.places, (p) => ({
      ...flattenLocalized(p),
      here: p.kind === 'capital' && hosts.has(String(p.country)),
    })),
    relations: withLanes(mapProperties(layers.relations, flattenLocalized)),
    land: mapProperties(layers.land, flattenLocalized),
    boundaries: mapProperties(layers.boundaries, flattenLocalized),
    borderLabels: borderLabelPoints(mapProperties(layers.borders, flattenLocalized)),
  };
}

/**
 * A point half-way along each emphasised border, to hang its measured length on. A label placed along
 * the line itself is cut by tile edges and often not drawn at all.
 */
export function borderLabelPoints(borders: FeatureCollection<Geometry, Flat>): FeatureCollection<Geometry, Flat> {
  return {
    type: 'FeatureCollection',
    features: borders.features.flatMap((feature) => {
      if (feature.properties.emphasis !== true) return [];
      const line = longestLine(feature.geometry);
      const middle = line && halfway(line);
      const properties = { ...feature.properties, length_fr: kilometres(feature.properties.lengthKm, 'fr-FR'), length_en: kilometres(feature.properties.lengthKm, 'en-GB') };
      return middle ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: middle }, properties }] : [];
    }),
  };
}

function longestLine(geometry: Geometry): number[][] | undefined {
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type !== 'MultiLineString') return undefined;
  return [...geometry.coordinates].sort((a, b) => b.length - a.length)[0];
}

function halfway(line: number[][]): number[] | undefined {
  const lengths = line.slice(1).map((point, i) => Math.hypot(point[0]! - line[i]![0]!, point[1]! - line[i]![1]!));
  const total = lengths.reduce((a, b) => a + b, 0);
  let walked = 0;
  for (let i = 0; i < lengths.length; i++) {
    if (walked + lengths[i]! >= total / 2) return line[i + 1];
    walked += lengths[i]!;
  }
  return line[0];
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

/**
 * Relations between the same two ends would be drawn on top of each other: give each a lane to offset it by.
 * Lanes count half-widths so they stay integers (style `match` labels must be): 3 relations get -2, 0, 2.
 */
export function withLanes(collection: FeatureCollection<Geometry, Flat>): FeatureCollection<Geometry, Flat> {
  const groups = new Map<string, number[]>();
  collection.features.forEach((feature, index) => {
    const ends = [String(feature.properties.from), String(feature.properties.to)].sort().join('|');
    groups.set(ends, [...(groups.get(ends) ?? []), index]);
  });
  const lanes = new Map<number, number>();
  for (const members of groups.values()) {
    members.forEach((index, position) => lanes.set(index, 2 * position - (members.length - 1)));
  }
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature, index) => ({
      ...feature,
      properties: { ...feature.properties, lane: lanes.get(index) ?? 0 },
    })),
  };
}

function mapProperties<G extends Geometry, P extends object>(
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
