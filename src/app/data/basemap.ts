import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_LAYERS, WORLD_LAYERS, type StoryLayers } from '../../shared/contract';
import { isObject } from './shape';

export type BasemapLayers = Record<(typeof BASEMAP_LAYERS)[number], unknown>;

/**
 * Turns a topology back into one FeatureCollection per layer, each still to be checked like any other
 * layer. Anything that is not such a topology gives undefined, never a throw: a cut or forged file must
 * end as a message, not a crash.
 */
export function topologyDecoder<L extends keyof StoryLayers>(layers: readonly L[]): (value: unknown) => Record<L, unknown> | undefined {
  return (value) => {
    if (!isTopology(value, layers)) return undefined;
    try {
      return Object.fromEntries(layers.map((layer) => [layer, feature(value, value.objects[layer] as GeometryCollection)])) as Record<L, unknown>;
    } catch {
      return undefined;
    }
  };
}

export const decodeBasemap = topologyDecoder(BASEMAP_LAYERS);
export const decodeWorld = topologyDecoder(WORLD_LAYERS);

function isTopology(value: unknown, layers: readonly string[]): value is Topology {
  if (!isObject(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isObject(value.objects)) return false;
  const objects = value.objects;
  return layers.every((layer) => {
    const object = objects[layer];
    return isObject(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries);
  });
}
