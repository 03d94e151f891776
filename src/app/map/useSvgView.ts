import { useEffect, useMemo, useState, type RefObject } from 'react';
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
  const fonts = useFontsLoaded();
  // Measured again once the page's fonts have loaded: measured with a fallback font, names came out narrower
  // than drawn, and the five states' names, packed close at a phone's zoom, ran into one another.
  const labels = useMemo(() => (view && fonts >= 0 ? svgLabels(layers, lang, view.drawing, view.options, measureText, figures) : []), [view, layers, lang, figures, fonts]);
  return size && view ? { size, drawing: view.drawing, labels } : null;
}

/** A count that goes up each time the page finishes loading fonts, for what measures text to depend on. */
function useFontsLoaded(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    let live = true;
    const count = () => {
      if (live) setLoads((n) => n + 1);
    };
    fonts.addEventListener('loadingdone', count);
    void fonts.ready.then(count);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', count);
    };
  }, []);
  return loads;
}
