import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { BASEMAP_LAYERS, BASEMAP_QUANTIZATION, type StoryLayers } from '../../shared/contract';

/** The basemap's layers as one quantized topology, their shared edges stored once. */
export function basemapTopology(layers: Pick<StoryLayers, (typeof BASEMAP_LAYERS)[number]>): Topology {
  return topology(Object.fromEntries(BASEMAP_LAYERS.map((layer) => [layer, layers[layer]])), BASEMAP_QUANTIZATION);
}
