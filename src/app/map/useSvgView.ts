import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Lang, StoryLayers } from '../../shared/contract';
import { herePlaces } from '../data/herePlaces';
import { cameraFor, type CameraTarget, type Viewport } from './camera';
import { mercatorProjector, type Bleed } from './mercatorView';
import { drawPlaces, drawStory, type SvgDrawing } from './svgDrawing';
import { estimateWidth, measureText } from './edgeLabels';
import { svgLabels, type SvgFigure, type SvgLabel } from './svgLabels';
import { useElementSize } from './useElementSize';

export interface SvgView {
  size: Viewport;
  /** The pre-rendered frame's drawing, centred in an element not yet measured (see prerender/mapFrame.ts). */
  centred: boolean;
  bleed?: Bleed;
  /** Null while hydration keeps the pre-rendered paths on screen (see KeptGroup): until the first measure. */
  drawing: SvgDrawing | null;
  places: SvgDrawing['places'];
  /** Null, as the drawing, while hydration keeps the pre-rendered names. */
  labels: SvgLabel[] | null;
}

interface ViewInput {
  layers: StoryLayers;
  lang: Lang;
  target: CameraTarget;
  shownRelations: readonly string[];
  endPlaces: readonly string[];
  /** The figures written on borders. */
  figures: readonly SvgFigure[];
  /** Hydrating the pre-rendered map: its frame's paths are on screen already, and are not drawn again. */
  keep: boolean;
}

/**
 * The SVG map's drawing for its measured size: the WebGL map's camera for the same target and frame
 * (cameraFor), projected with the same Web Mercator, so both put every point on the same pixel.
 */
export function useSvgView(ref: RefObject<HTMLElement | null>, { layers, lang, target, shownRelations, endPlaces, figures, keep }: ViewInput): SvgView | null {
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
    const drawing = keep && !measured.measured ? null : drawStory(layers, options);
    return { options, drawing, places: drawing?.places ?? drawPlaces(layers, options) };
  }, [measured, target, layers, here, ends, shown, keep]);
  const fonts = useFontsLoaded();
  // Text is measured in the page's font once there is a page (the build and the hydrating render estimate it
  // alike), and again once the page's fonts have loaded: measured with a fallback font, names came out narrower
  // than drawn, and the five states' names, packed close at a phone's zoom, ran into one another.
  const measure = measured?.measured ? measureText : estimateWidth;
  const labels = useMemo(() => (view?.drawing && fonts >= 0 ? svgLabels(layers, lang, view, view.options, measure, figures) : null), [view, layers, lang, measure, figures, fonts]);
  if (!measured || !view) return null;
  const drawn = { drawing: view.drawing, places: view.places, labels };
  return measured.measured ? { size: measured.size, centred: false, ...drawn } : { size: measured.size, centred: true, bleed: measured.bleed, ...drawn };
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
    // Already loaded (a pre-rendered page preloads them): nothing to measure again.
    if (fonts.status !== 'loaded') void fonts.ready.then(count);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', count);
    };
  }, []);
  return loads;
}
