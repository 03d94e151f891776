import { useMemo, type RefObject } from 'react';
import type { Lang, StoryLayers } from '../../shared/contract';
import { herePlaces } from '../data/herePlaces';
import { cameraFor, type CameraTarget, type Viewport } from './camera';
import { mercatorProjector, type Bleed } from './mercatorView';
import { drawStory, type SvgDrawing } from './svgDrawing';
import { estimateWidth, measureText } from './edgeLabels';
import { svgLabels, type SvgFigure, type SvgLabel } from './svgLabels';
import { useElementSize } from './useElementSize';

export interface SvgView {
  size: Viewport;
  /** The pre-rendered frame's drawing, centred in an element not yet measured (see prerender/mapFrame.ts). */
  centred: boolean;
  bleed?: Bleed;
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
  const measured = useElementSize(ref);
  const here = useMemo(() => herePlaces(layers), [layers]);
  const shown = useMemo(() => new Set(shownRelations), [shownRelations]);
  const ends = useMemo(() => new Set(endPlaces), [endPlaces]);
  const view = useMemo(() => {
    if (!measured) return null;
    const { size } = measured;
    const camera = cameraFor(target, size);
    const bleed = measured.measured ? undefined : measured.bleed;
    const options = { project: mercatorProjector(camera, size), viewport: size, zoom: camera.zoom, here, endPlaces: ends, shownRelations: shown, ...(bleed ? { bleed } : {}) };
    return { options, drawing: drawStory(layers, options) };
  }, [measured, target, layers, here, ends, shown]);
  // Text is measured in the page's font once there is a page; the build and the hydrating render estimate it alike.
  const measure = measured?.measured ? measureText : estimateWidth;
  const labels = useMemo(() => (view ? svgLabels(layers, lang, view.drawing, view.options, measure, figures) : []), [view, layers, lang, measure, figures]);
  if (!measured || !view) return null;
  return measured.measured ? { size: measured.size, centred: false, drawing: view.drawing, labels } : { size: measured.size, centred: true, bleed: measured.bleed, drawing: view.drawing, labels };
}
