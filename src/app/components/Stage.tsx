import { lazy, useMemo, type ReactNode } from 'react';
import { useBrowserFact } from '../hooks/useBrowserFact';
import { useOnScreen } from '../map/useOnScreen';
import { APP_LAYER_FILES, type StoryLayers, type StoryManifest } from '../../shared/contract';
import type { ReaderView } from '../hooks/useReaderView';
import type { CameraTarget } from '../map/camera';
import { MapFallback } from '../map/MapFallback';
import { needsWebGL } from '../map/camera';
import type { ReaderAction, ReaderState, ReaderStory } from '../state/reader';
import type { UrlState } from '../state/urlState';
import { endPlaceIds } from '../state/shownRelations';
import { Legend } from './Legend';

const NO_RELATIONS: readonly string[] = [];
const wideScreen = () => !window.matchMedia('(max-width: 700px)').matches;

// maplibre-gl comes with the WebGL map, when the reader reaches for it: the SVG map is the first view.
const MapView = lazy(() => import('../map/MapView').then((module) => ({ default: module.MapView })));

interface Props {
  story: StoryManifest;
  storyId: string;
  layers: StoryLayers;
  /** Every layer file has arrived or failed. */
  settled: boolean;
  initialUrl: UrlState;
  readerStory: ReaderStory;
  state: ReaderState;
  view: ReaderView;
  dispatch: (action: ReaderAction) => void;
  embedded: boolean;
  guard: (file: string, onRetry: () => void, node: ReactNode) => ReactNode;
  retryLayers: () => void;
  retryManifest: () => void;
}

/** The map (WebGL, or the static SVG map without it) and its legend. */
export function Stage({ story, storyId, layers, settled, initialUrl, readerStory, state, view, dispatch, embedded, guard, retryLayers, retryManifest }: Props) {
  const { lang, selection, hovered, camera } = state;
  const { t, step, focus, shownRelations, relations, endsOf, projection, kinds, here, features } = view;
  const { overview } = readerStory;
  // The map starts where the address points (its step, else the overview), so loading it needs no flight.
  // A link to a country opens on that country's frame.
  const startTarget = useMemo<CameraTarget>(() => {
    const linked = initialUrl.country ? features.country(initialUrl.country)?.properties.frame : undefined;
    return story.steps.find((s) => s.id === initialUrl.step) ?? (linked ? { bounds: linked } : overview);
  }, [story, overview, initialUrl, features]);
  const endPlaces = useMemo(() => endPlaceIds(relations, shownRelations, layers), [relations, shownRelations, layers]);
  // The SVG map shows what the WebGL map would: the latest camera request's target, else where the map starts.
  const target = camera?.target ?? startTarget;
  // Open beside a wide map; a phone's legend waits to be asked for. The pre-rendered page is a phone's.
  const legendOpen = useBrowserFact(wideScreen, false) && !embedded;
  // What the map draws on screen, for a legend that lists only that.
  const [drawn, setDrawn] = useOnScreen();
  const onSelect = (next: ReaderState['selection']) => dispatch({ type: 'select', selection: next });
  const onReset = () => dispatch({ type: 'step', index: null });
  const mapFiles = APP_LAYER_FILES.map((file) => `${storyId}/${file}`).join(', ');

  return (
    <main className="stage">
      {guard(mapFiles, retryLayers, settled ? <MapFallback
        notice={t.staticMapNotice}
        needsWebGL={needsWebGL(target)}
        staticMap={{ story, layers, lang, t, selection, focus, target, shownRelations, endPlaces, onSelect, onReset, onScreen: setDrawn, cooperative: embedded }}
      >{({ onUnavailable, onSettled, gestures }) => <MapView
        story={story}
        layers={layers}
        features={features}
        lang={lang}
        t={t}
        selection={selection}
        hovered={hovered}
        focus={focus}
        stepRelations={step?.relations ?? NO_RELATIONS}
        shownRelations={shownRelations}
        relations={relations}
        endsOf={endsOf}
        projection={projection}
        initialTarget={target}
        gestures={gestures}
        cameraRequest={camera}
        onSelect={onSelect}
        onReset={onReset}
        cooperative={embedded}
        onUnavailable={onUnavailable}
        onSettled={onSettled}
        onScreen={setDrawn}
      />}</MapFallback> : <p className="loading" role="status">{t.loading}</p>)}
      {guard(`${storyId}/story.json`, retryManifest, <Legend
        legend={story.legend}
        roles={drawn?.roles ?? null}
        kinds={drawn ? kinds.filter((k) => drawn.kinds.includes(k)) : kinds}
        t={t}
        open={legendOpen}
        here={drawn && !drawn.here ? undefined : here?.properties.name[lang]}
      />)}
    </main>
  );
}
