import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { BASEMAP_QUANTIZATION, type StoryLayers } from '../../contract';

/** The countries and borders as one quantized topology, their shared edges stored once. */
export function basemapTopology(layers: Pick<StoryLayers, 'countries' | 'borders'>): Topology {
  return topology({ countries: layers.countries, borders: layers.borders }, BASEMAP_QUANTIZATION);
}
