import type { Claim, Lang, StoryLayers } from '../../shared/contract';
import { borderLabelPoints, flattenLocalized, mapProperties } from '../data/mapData';
import type { SvgFigure } from './svgLabels';
import { APPROXIMATELY } from './styleWords';

/** The figures the WebGL map writes on borders (its `borderLabels` source), for the SVG map. */
export function borderFigures(layers: StoryLayers, claims: readonly Claim[], lang: Lang, inStep: boolean): SvgFigure[] {
  const points = borderLabelPoints(mapProperties(layers.borders, flattenLocalized), { claims, approximately: APPROXIMATELY });
  return points.features.map((f) => ({ id: String(f.properties.id), at: (f.geometry as GeoJSON.Point).coordinates as [number, number], text: String(f.properties[`length_${lang}`]), beforePlaces: inStep }));
}
