import { useMemo, type RefObject } from 'react';
import type { Lang, StoryLayers } from '../../shared/contract';
import { herePlaces } from '../data/herePlaces';
import { cameraFor, type CameraTarget, type Viewport } from './camera';
import { mercatorProjector } from './mercatorView';
import { drawStory, type SvgDrawing } from './svgDrawing';
import { measureText } from './edgeLabels';
import { svgLabels, type SvgFigure, type SvgLabel } from './svgLabels';
import { useElementSize } from './useElementSize';

export interface SvgView {
  size: Viewport;
  drawing: SvgDrawing;
  labels: SvgLabel[];
}

interface ViewInput {
  layers: StoryLayers;
  lang: Lang;
  target: CameraTarget;
  shownRelations: readonly string[];
  endPlaces: readonly string[];
  /** The figures written on borders. */
  figures: readonly SvgFigure[];
}

/**
 * The SVG map's drawing for its measured size: the WebGL map's camera for the same target and frame
 * (cameraFor), projected with the same Web Mercator, so both put every point on the same pixel.
 */
export function useSvgView(ref: RefObject<HTMLElement | null>, { layers, lang, target, shownRelations, endPlaces, figures }: ViewInput): SvgView | null {
  const size = useElementSize(ref);
  const here = useMemo(() => herePlaces(layers), [layers]);
  const shown = useMemo(() => new Set(shownRelations), [shownRelations]);
  const ends = useMemo(() => new Set(endPlaces), [endPlaces]);
  const view = useMemo(() => {
    if (!size) return null;
    const camera = cameraFor(target, size);
    const options = { project: mercatorProjector(camera, size), viewport: size, zoom: camera.zoom, here, endPlaces: ends, shownRelations: shown };
    return { options, drawing: drawStory(layers, options) };
  }, [size, target, layers, here, ends, shown]);
  const labels = useMemo(() => (view ? svgLabels(layers, lang, view.drawing, view.options, measureText, figures) : []), [view, layers, lang, figures]);
  return size && view ? { size, drawing: view.drawing, labels } : null;
}
