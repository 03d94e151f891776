import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { markMapMoved, markMapSettled } from '../data/mapSettled';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ProjectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import Map, {
  AttributionControl,
  FullscreenControl,
  NavigationControl,
  Popup,
  ScaleControl,
  type ErrorEvent as MapErrorEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import { LANGS, type Lang, type StoryLayers, type StoryManifest } from '../../shared/contract';
import type { FeatureIndex } from '../data/featureIndex';
import { escapeAttribute } from '../embed/snippets';
import { toMapData } from '../data/mapData';
import type { RelationSummary } from '../format/relationSummary';
import { messagesFor, type Messages } from '../i18n';
import type { CameraRequest } from '../state/reader';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { cameraFor, type CameraTarget } from './camera';
import { describeMap } from './describeMap';
import type { FeatureRef } from './featureState';
import { mapCharacters } from './fonts';
import { HoverTip } from './HoverTip';
import { localizeControls, type LocalizableMap } from './localizeControls';
import { RelationQuote } from './RelationQuote';
import { ResetControl } from './ResetControl';
import { ARROW, buildStyle, INTERACTIVE_LAYERS } from './style';
import { onScreen, type OnScreen } from './onScreen';
import { endPlaceIds } from '../state/shownRelations';
import { lightTheme } from './theme';
import { useCameraRequests } from './useCameraRequests';
import { useContextLoss } from './useContextLoss';
import { useMapFonts } from './useMapFonts';
import { useMapPointer } from './useMapPointer';
import { useMapState } from './useMapState';
import { useStartView } from './useStartView';
import { applyGesture } from './applyGesture';
import type { Gesture } from './gesture';

// Without this the bundled map cannot find its worker and never fires `load`. This module is loaded on demand,
// with the WebGL map; a page whose origin may not start a worker (a sandboxed iframe) keeps the SVG map.
maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

interface Props {
  story: StoryManifest;
  layers: StoryLayers;
  features: Pick<FeatureIndex, 'country' | 'place'>;
  lang: Lang;
  t: Messages;
  selection: Selection;
  hovered: readonly FeatureRef[];
  focus: Focus | null;
  /** Annotated relation ids of the current step. */
  stepRelations: readonly string[];
  /** Annotated relation ids drawn at all (the overview's or the step's, and the selection's). */
  shownRelations: readonly string[];
  /** One per annotated relation, with all its targets, for the tooltip. */
  relations: readonly RelationSummary[];
  endsOf: (relation: RelationSummary) => string;
  projection: ProjectionSpecification;
  initialTarget: CameraTarget;
  cameraRequest: CameraRequest | null;
  /** The gestures on the SVG map that started this map, applied once it has loaded at the same camera. */
  gestures?: readonly Gesture[];
  onSelect: (selection: Selection) => void;
  onReset: () => void;
  /** Inside another page: scrolling over the map scrolls the page, and a hint says how to zoom. */
  cooperative?: boolean;
  /** The map could not be created (no WebGL2, a failed context): the app shows the static map instead. */
  onUnavailable?: (error: unknown) => void;
  /** Called once, at the map's first `idle`: its data are drawn (the step's styling may follow a frame later). */
  onSettled?: () => void;
  /** Called whenever the map settles, with what it draws on screen (for the legend). */
  onScreen?: (drawn: OnScreen) => void;
}

/** What the style writes on the map itself, in every language. */
const STYLE_WORDS = [...LANGS.map((lang) => messagesFor(lang).approximately('')), ARROW];
const NO_GESTURES: readonly Gesture[] = [];
const APPROXIMATELY = Object.fromEntries(LANGS.map((lang) => [lang, messagesFor(lang).approximately])) as Record<Lang, (figure: string) => string>;

export function MapView(props: Props) {
  const { story, layers, features, lang, t, selection, hovered, focus, stepRelations, shownRelations, relations, endsOf, projection, initialTarget, cameraRequest, gestures = NO_GESTURES, onSelect, onReset, cooperative = false, onUnavailable, onSettled, onScreen: onDrawn } = props;
  const mapRef = useRef<MapRef | null>(null);
  // The map as soon as it is created (react-map-gl hands it over before its `load`), for what must watch it from the start.
  const [created, setCreated] = useState<MapRef | null>(null);
  const setMapRef = useCallback((map: MapRef | null) => {
    mapRef.current = map;
    setCreated(map);
  }, []);
  const frameRef = useRef<HTMLDivElement>(null);
  const start = useStartView(frameRef, initialTarget);
  const [loaded, setLoaded] = useState(false);
  const [narrow] = useState(() => window.matchMedia('(max-width: 700px)').matches);

  const data = useMemo(() => toMapData(layers, { claims: story.claims, approximately: APPROXIMATELY }), [layers, story]);
  const fontsReady = useMapFonts(useMemo(() => mapCharacters(data, STYLE_WORDS), [data]));
  const style = useMemo(
    () => buildStyle({ theme: lightTheme, lang }, data),
    [lang, data],
  );
  const description = useMemo(() => describeMap(story, layers, lang, t), [story, layers, lang, t]);
  // The map draws one feature per annotated relation, whose id is the relation's.
  const relationsById = useMemo(() => new globalThis.Map(relations.map((r) => [r.relation, r])), [relations]);
  // A pinned tooltip belongs to the view it was opened in: a new step or card closes it.
  const view = `${selection?.kind ?? ''}:${selection?.id ?? ''}|${stepRelations.join(',')}`;

  // The request the SVG map already shows is where this map starts: only later ones fly.
  const [startSeq] = useState(() => cameraRequest?.seq ?? 0);
  useCameraRequests(mapRef, loaded, cameraRequest && cameraRequest.seq > startSeq ? cameraRequest : null);
  const { hover, pinned, popup: popupRelation, onMouseMove, onClick, onMouseLeave, unpin } = useMapPointer(view, onSelect);
  const hoverRelation = hover?.kind === 'relation' ? (relationsById.get(hover.id)?.relation ?? '') : '';
  // Hover from the map itself, then from the article or the lists.
  const hoverRefs = useMemo<FeatureRef[]>(() => {
    const own: FeatureRef[] = hover ? [{ source: hover.kind === 'country' ? 'countries' : hover.kind === 'place' ? 'places' : 'relations', id: hover.id }] : [];
    return [...own, ...hovered];
  }, [hover, hovered]);
  const endPlaces = useMemo(() => endPlaceIds(relations, shownRelations, layers), [relations, shownRelations, layers]);
  useMapState(mapRef, { loaded, data, style, selection, hovered: hoverRefs, focus, stepRelations, shownRelations, hoverRelation, endPlaces });
  useContextLoss(created?.getMap(), onUnavailable);
  // Each gesture once, in order, after the load's own jump.
  const applied = useRef(0);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const gesture of gestures.slice(applied.current)) applyGesture(map, gesture);
    applied.current = gestures.length;
  }, [loaded, gestures]);

  // The map reads its UI strings once; a language switch renames its controls and canvas.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && loaded) localizeControls(map as unknown as LocalizableMap, t.mapLocale);
  }, [loaded, t]);

  // react-map-gl reports a map it could not create with no target; a tile or image that fails leaves the map usable.
  const onError = useCallback(
    (event: MapErrorEvent) => {
      if (event.target === null && onUnavailable) onUnavailable(event.error);
      else console.error(event.error);
    },
    [onUnavailable],
  );

  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    (window as unknown as { __atlas?: unknown }).__atlas = { map };
    const container = map.getContainer();
    // The map starts at the camera for its measured frame; only a frame that changed size since calls for a jump.
    const frame = { width: container.clientWidth, height: container.clientHeight };
    if (frame.width !== start?.frame.width || frame.height !== start.frame.height) map.jumpTo(cameraFor(initialTarget, frame));
    // A compact attribution opens itself on load and would cover a phone's map; the ⓘ button still opens it.
    const attribution = container.querySelector('.maplibregl-compact-show');
    attribution?.classList.remove('maplibregl-compact-show');
    attribution?.removeAttribute('open');
    // Registered in the load handler itself, so that the first idle cannot pass before anyone listens.
    map.once('idle', () => {
      onSettled?.();
      markMapSettled();
      map.once('movestart', markMapMoved);
    });
    setLoaded(true);
  }, [initialTarget, start, onSettled]);

  const popupProps = popupRelation ? relationsById.get(popupRelation.id) : undefined;

  return (
    <div ref={frameRef} className="map" data-testid="map" role="region" aria-label={t.mapLabel(story.title[lang])} aria-describedby="map-description">
      <p id="map-description" className="visually-hidden">{description}</p>
      {start && fontsReady && <Map
        ref={setMapRef}
        mapLib={maplibregl}
        mapStyle={style}
        projection={projection}
        initialViewState={{ longitude: start.camera.center[0], latitude: start.camera.center[1], zoom: start.camera.zoom, bearing: start.camera.bearing, pitch: start.camera.pitch }}
        interactiveLayerIds={[...INTERACTIVE_LAYERS]}
        onLoad={onLoad}
        onIdle={onDrawn ? (event) => onDrawn(onScreen(event.target)) : undefined}
        onError={onError}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={onClick}
        cursor={hover ? 'pointer' : 'grab'}
        attributionControl={false}
        locale={t.mapLocale}
        maxZoom={9}
        // Labels appear at once instead of fading in: each fade costs frames, and on a slow device every
        // frame before the map settles is time the reader waits. It also spares motion to those who avoid it.
        fadeDuration={0}
        cooperativeGestures={cooperative}
        style={{ position: 'absolute', inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ResetControl label={t.resetView} onReset={onReset} />
        <FullscreenControl position="top-right" />
        <ScaleControl position="bottom-left" unit="metric" />
        <AttributionControl position="bottom-right" compact={narrow} customAttribution={t.mapAttribution(escapeAttribute(story.source.name))} />
        {popupRelation && popupProps && (
          <Popup
            longitude={popupRelation.lngLat[0]}
            latitude={popupRelation.lngLat[1]}
            closeButton={Boolean(pinned)}
            closeOnClick={false}
            onClose={unpin}
            maxWidth="300px"
            className="relation-popup"
          >
            <RelationQuote relation={popupProps} ends={endsOf(popupProps)} lang={lang} storyLang={story.language} t={t} />
          </Popup>
        )}
      </Map>}
      {hover && hover.kind !== 'relation' && (
        <HoverTip hover={hover} features={features} lang={lang} t={t} />
      )}
    </div>
  );
}
