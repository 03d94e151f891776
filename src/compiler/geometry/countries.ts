import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { splitGeometryAtAntimeridian } from './antimeridian';
import { cleanAreaGeometry } from './clean';
import type { Topology } from 'topojson-specification';
import { countriesObject, DEFAULT_PRECISION, type AreaGeometry, type AtlasGeometryProperties } from './types';

export interface AtlasCountryProperties {
  /** ISO 3166-1 alpha-3. */
  a3: string;
  /** ISO 3166-1 numeric, as the atlas keys it. */
  numeric: string;
  /** The atlas's English name. */
  name: string;
}

export type AtlasCountry = Feature<Polygon | MultiPolygon, AtlasCountryProperties>;

export interface GeometryOptions {
  /** Decimal places kept in coordinates. */
  decimals?: number;
}

const ISO3 = /^[A-Z]{3}$/;

/** Antimeridian split, truncated, deduplicated and rewound: RFC 7946-clean, or null if nothing is left. */
export function normalizeAreaGeometry(geometry: AreaGeometry, decimals = DEFAULT_PRECISION): AreaGeometry | null {
  return cleanAreaGeometry(splitGeometryAtAntimeridian(geometry), decimals);
}

type AtlasFeature = Feature<AreaGeometry | null, AtlasGeometryProperties | null>;

function toCountry(source: AtlasFeature, decimals: number): AtlasCountry | null {
  const a3 = source.properties?.a3;
  // Features with no usable code cannot be joined to the story, so they are left out; so are
  // shapes the atlas's quantisation collapsed to a point (Vatican, Ashmore and Cartier Is.).
  if (!a3 || !ISO3.test(a3) || !source.geometry) return null;
  const geometry = normalizeAreaGeometry(source.geometry, decimals);
  if (!geometry) return null;
  const properties = { a3, numeric: String(source.id ?? ''), name: source.properties?.name ?? a3 };
  return { type: 'Feature', id: a3, properties, geometry };
}

/** Every country of the atlas as an RFC 7946-clean polygon feature with `id` = ISO3 code. */
export function worldCountries(topology: Topology, options: GeometryOptions = {}): FeatureCollection<Polygon | MultiPolygon, AtlasCountryProperties> {
  return { type: 'FeatureCollection', features: countriesOf(topology, () => true, options) };
}

/** Only the countries with these codes: converting a country is the costly part, so a story converts just its own. */
export function countriesByIso(topology: Topology, isoIds: Iterable<string>, options: GeometryOptions = {}): AtlasCountry[] {
  const wanted = new Set(isoIds);
  return countriesOf(topology, (a3) => wanted.has(a3), options);
}

function countriesOf(topology: Topology, include: (a3: string) => boolean, options: GeometryOptions): AtlasCountry[] {
  const decimals = options.decimals ?? DEFAULT_PRECISION;
  const object = countriesObject(topology);
  const geometries = object.geometries.filter((geometry) => include((geometry.properties as AtlasGeometryProperties | undefined)?.a3 ?? ''));
  const collection = feature(topology, { ...object, geometries }) as FeatureCollection<AreaGeometry | null, AtlasGeometryProperties | null>;
  return collection.features.map((f) => toCountry(f, decimals)).filter((f): f is AtlasCountry => f !== null);
}
