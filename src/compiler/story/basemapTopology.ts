import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { BASEMAP_LAYERS, BASEMAP_QUANTIZATION, WORLD_LAYERS, WORLD_QUANTIZATION, type StoryLayers } from '../../shared/contract';

/** The story's countries and borders as one quantized topology, their shared edges stored once. */
export function basemapTopology(layers: Pick<StoryLayers, (typeof BASEMAP_LAYERS)[number]>): Topology {
  return topology({ countries: layers.countries, borders: layers.borders }, BASEMAP_QUANTIZATION);
}

/** The rest of the world's land and its boundaries, as a second, coarser topology. */
export function worldTopology(layers: Pick<StoryLayers, (typeof WORLD_LAYERS)[number]>): Topology {
  return topology({ land: layers.land, boundaries: layers.boundaries }, WORLD_QUANTIZATION);
}
