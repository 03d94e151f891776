import type { Bbox } from '../../shared/bbox';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { AtlasCountry } from '../geometry/countries';
import type { Topology } from 'topojson-specification';
import type { Localized, Measured } from '../../shared/contract';

export type CountryGeometry = Feature<Polygon | MultiPolygon, { a3: string; name?: string }>;

export interface DisplayGeometry {
  topology: Topology;
  /** Countries that touch the region, by ISO3. */
  near: readonly string[];
  countries: (isoIds: readonly string[]) => CountryGeometry[];
}

/** The basemap every story is drawn on, prepared once per process. */
export interface World {
  /** The 1:50m atlas as published: every length and area is measured on it. */
  topology: Topology;
  /** Countries by ISO3, coarsely simplified once per process: for choosing what a story shows and placing labels. */
  countries: ReadonlyMap<string, CountryGeometry>;
  /** Shapes for drawing a story's region: finer inside it, coarser outside, shared arcs simplified once. */
  display: (region: Bbox) => DisplayGeometry;
  /** A country at full 1:50m detail, built on demand for measuring. */
  exactCountry: (iso3: string) => CountryGeometry | undefined;
  /** A shared border's length on the 1:50m atlas, measured once per pair. */
  borderLengthKm: (a: string, b: string) => Measured | undefined;
  /** A point inside each country, where its label and its relations' ends go. */
  labelPoint: (iso3: string) => Position | undefined;
  nameOf: (iso3: string) => Localized;
  /** The 1:110m atlas, world view applied: the land a story does not draw as a country. */
  far: { topology: Topology; countries: readonly AtlasCountry[] };
  /** The disputed lines the world view names, from the 1:50m atlas. */
  policyLines: Position[][];
}
