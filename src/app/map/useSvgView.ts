import { startTransition, useContext, useEffect, useMemo, useState, type RefObject } from 'react';
import type { Lang, StoryLayers } from '../../shared/contract';
import { herePlaces } from '../data/herePlaces';
import { PrerenderContext } from '../prerender/mapFrame';
import { cameraFor, type CameraTarget, type Viewport } from './camera';
import { mercatorProjector, type Bleed } from './mercatorView';
import type { Steps } from './slices';
import { drawingSteps, drawPlaces, drawStory, type DrawOptions, type SvgDrawing } from './svgDrawing';
import { estimateWidth, measureText } from './edgeLabels';
import { svgLabels, svgLabelSteps, type Measure, type SvgFigure, type SvgLabel } from './svgLabels';
import { useElementSize, type ElementSize } from './useElementSize';
import { useFirstInSlices } from './useFirstInSlices';

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
  const frame = useContext(PrerenderContext);
  const here = useMemo(() => herePlaces(layers), [layers]);
  const shown = useMemo(() => new Set(shownRelations), [shownRelations]);
  const ends = useMemo(() => new Set(endPlaces), [endPlaces]);
  const view = useMemo(() => measured && viewFrame(measured, { target, here, ends, shown }), [measured, target, here, ends, shown]);
  // The frame the build drew: its dots must stay with the kept paths and names, whatever changes meanwhile.
  const [prerendered] = useState(() => frame && viewFrame({ ...frame, measured: false }, { target, here, ends, shown }));
  const [hydratedWith] = useState({ target, shownRelations, endPlaces });
  const fonts = useFontsLoaded();
  // Text is measured in the page's font once there is a page (the build and the hydrating render estimate it
  // alike), and again once the page's fonts have loaded: measured with a fallback font, names came out narrower
  // than drawn, and the five states' names, packed close at a phone's zoom, ran into one another.
  const measure = measured?.measured ? measureText : estimateWidth;
  const words = useMemo(() => ({ layers, view, lang, measure, figures, fonts }), [layers, view, lang, measure, figures, fonts]);
  // Hydrated, the pre-rendered frame stays on screen while its first measured drawing is made in slices:
  // drawn at once, it blocked a phone's main thread for about 400 ms (Lighthouse's total blocking time).
  // A reader who moves the map meanwhile (a step, a selection) gets the new view drawn at once, as later.
  const readerMoved = target !== hydratedWith.target || shownRelations !== hydratedWith.shownRelations || endPlaces !== hydratedWith.endPlaces;
  const slicing = keep && !readerMoved;
  const first = useFirstInSlices(slicing && view?.measured ? words : null, viewSteps);
  const waiting = slicing && !first;
  const drawing = useMemo(() => {
    if (!view || waiting) return null;
    return first?.key.view === view && first.key.layers === layers ? first.value.drawing : drawStory(layers, view.options);
  }, [view, waiting, first, layers]);
  const labels = useMemo(() => {
    if (!view || !drawing) return null;
    return first?.key === words ? first.value.labels : svgLabels(layers, lang, drawing, view.options, measure, figures);
  }, [view, drawing, first, words, layers, lang, measure, figures]);
  const shownView = waiting ? prerendered ?? view : view;
  const places = useMemo(() => drawing?.places ?? (shownView ? drawPlaces(layers, shownView.options) : []), [drawing, shownView, layers]);
  if (!shownView) return null;
  const drawn = { drawing, places, labels };
  return shownView.measured ? { size: shownView.size, centred: false, ...drawn } : { size: shownView.size, centred: true, bleed: shownView.bleed, ...drawn };
}

interface ViewFrame {
  size: Viewport;
  measured: boolean;
  bleed?: Bleed;
  options: DrawOptions;
}

/** The camera and projection for a size: measured, or the pre-rendered frame with its bleed. */
function viewFrame(size: ElementSize, { target, here, ends, shown }: { target: CameraTarget; here: ReadonlySet<string>; ends: ReadonlySet<string>; shown: ReadonlySet<string> }): ViewFrame {
  const camera = cameraFor(target, size.size);
  const bleed = size.measured ? undefined : size.bleed;
  const options: DrawOptions = { project: mercatorProjector(camera, size.size), viewport: size.size, zoom: camera.zoom, here, endPlaces: ends, shownRelations: shown, ...(bleed ? { bleed } : {}) };
  return { size: size.size, measured: size.measured, ...(bleed ? { bleed } : {}), options };
}

/** The drawing and its names, as one piece of work to run in slices. */
function* viewSteps({ layers, view, lang, measure, figures }: { layers: StoryLayers; view: ViewFrame | null; lang: Lang; measure: Measure; figures: readonly SvgFigure[] }): Steps<{ drawing: SvgDrawing; labels: SvgLabel[] }> {
  const drawing = yield* drawingSteps(layers, view!.options);
  const labels = yield* svgLabelSteps(layers, lang, drawing, view!.options, measure, figures);
  return { drawing, labels };
}

/** A count that goes up each time the page finishes loading fonts, for what measures text to depend on. */
function useFontsLoaded(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    let live = true;
    // Names are measured again in slices (a transition): the fonts arrive while the page is still settling.
    const count = () => {
      if (live) startTransition(() => setLoads((n) => n + 1));
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
