import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Ring = Position[];
export type PolygonCoords = Ring[];
export type AreaGeometry = Polygon | MultiPolygon;

/** The map data every measurement and geometry here comes from. */
export const RESOLUTION = 'Natural Earth 1:50m';

/** About 110 m: below a pixel up to zoom 7 with a 1:50m source. */
export const DEFAULT_PRECISION = 3;

export interface AtlasGeometryProperties {
  name: string;
  a3?: string;
}

export type WorldTopology = Topology<{
  countries: GeometryCollection<AtlasGeometryProperties>;
}>;

/** The Natural Earth world atlases (Crimea drawn as Ukrainian), which the shell reads and hands in. */
export interface WorldAtlases {
  /** 1:50m: the story's region and every measure. */
  fine: WorldTopology;
  /** 1:110m: the land far from the story. */
  coarse: WorldTopology;
}

/** The atlas's `countries` collection; callers may hold the topology under the loose `Topology` type. */
export function countriesObject(topology: Topology): GeometryCollection<AtlasGeometryProperties> {
  const countries = topology.objects['countries'];
  if (countries?.type !== 'GeometryCollection') throw new TypeError('the topology has no `countries` GeometryCollection');
  return countries as GeometryCollection<AtlasGeometryProperties>;
}
