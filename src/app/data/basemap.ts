import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_LAYERS } from '../../shared/contract';
import { isObject } from './shape';

export type BasemapLayers = Record<(typeof BASEMAP_LAYERS)[number], unknown>;

/**
 * Turns the basemap topology back into one FeatureCollection per layer, each still to be checked
 * like any other layer. Anything that is not such a topology gives undefined, never a throw:
 * a cut or forged file must end as a message, not a crash.
 */
export function decodeBasemap(value: unknown): BasemapLayers | undefined {
  if (!isTopology(value)) return undefined;
  try {
    return Object.fromEntries(
      BASEMAP_LAYERS.map((layer) => [layer, feature(value, value.objects[layer] as GeometryCollection)]),
    ) as BasemapLayers;
  } catch {
    return undefined;
  }
}

function isTopology(value: unknown): value is Topology {
  if (!isObject(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isObject(value.objects)) return false;
  const objects = value.objects;
  return BASEMAP_LAYERS.every((layer) => {
    const object = objects[layer];
    return isObject(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries);
  });
}
