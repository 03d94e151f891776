import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import type { ProjectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import Map, {
  AttributionControl,
  FullscreenControl,
  NavigationControl,
  Popup,
  ScaleControl,
  type ErrorEvent as MapErrorEvent,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import { LANGS, type Lang, type StoryLayers, type StoryManifest } from '../../contract';
import type { RelationSummary } from '../story/relationSummary';
import { toMapData } from '../data/mapData';
import { messagesFor, type Messages } from '../i18n';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { cameraFor, type Camera, type CameraTarget, type Viewport } from './camera';
import { describeMap } from './describeMap';
import { HIGHLIGHT_SOURCE, highlightCollection } from './highlight';
import { setExclusiveState, type FeatureRef } from './featureState';
import { beyondLatin, loadMapFonts, mapCharacters } from './fonts';
import { localizeControls, type LocalizableMap } from './localizeControls';
import { ResetControl } from './ResetControl';
import { useContextLoss } from './useContextLoss';
import { ARROW, buildStyle, INTERACTIVE_LAYERS, SOURCE_IDS } from './style';
import { endPlaceIds } from '../state/shownRelations';
import { onScreen, type OnScreen } from './onScreen';
import { lightTheme } from './theme';
import { term } from '../i18n/term';

export interface CameraRequest {
  target: CameraTarget;
  seq: number;
}

interface Props {
  story: StoryManifest;
  layers: StoryLayers;
  lang: Lang;
  t: Messages;
  selection: Selection;
  hovered: FeatureRef[];
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

type Hover =
  | { kind: 'country'; id: string; x: number; y: number }
  | { kind: 'place'; id: string; x: number; y: number }
  | { kind: 'relation'; id: string; lngLat: [number, number] };

/** What the style writes on the map itself, in every language. */
const STYLE_WORDS = [...LANGS.map((lang) => messagesFor(lang).approximately('')), ARROW];
const APPROXIMATELY = { fr: messagesFor('fr').approximately, en: messagesFor('en').approximately };

export function MapView(props: Props) {
  const { story, layers, lang, t, selection, hovered, focus, stepRelations, shownRelations, relations, endsOf, projection, initialTarget, cameraRequest, onSelect, onReset, cooperative = false, onUnavailable, onSettled, onScreen: onDrawn } = props;
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
  const [hover, setHover] = useState<Hover | null>(null);
  const [pinnedIn, setPinned] = useState<{ id: string; lngLat: [number, number]; view: string } | null>(null);
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

  const moveTo = useCallback((target: CameraTarget) => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    const container = map.getContainer();
    const camera = cameraFor(target, { width: container.clientWidth, height: container.clientHeight });
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1800, essential: false });
  }, []);

  useEffect(() => {
    if (loaded && cameraRequest) moveTo(cameraRequest.target);
  }, [loaded, cameraRequest, moveTo]);

  // Feature-state: selection, hover (from the map or from the article) and the step's focus.
  const selectedRefs = useMemo<FeatureRef[]>(() => {
    if (!selection) return [];
    return selection.kind === 'country' ? [{ source: 'countries', id: selection.id }] : [{ source: 'places', id: selection.id }];
  }, [selection]);
  const hoverRefs = useMemo<FeatureRef[]>(() => {
    const own: FeatureRef[] =
      hover?.kind === 'country' ? [{ source: 'countries', id: hover.id }]
      : hover?.kind === 'place' ? [{ source: 'places', id: hover.id }]
      : hover?.kind === 'relation' ? [{ source: 'relations', id: hover.id }]
      : [];
    return [...own, ...hovered];
  }, [hover, hovered]);
  const highlight = useMemo(() => {
    const countriesIn = (refs: FeatureRef[]) => refs.filter((ref) => ref.source === 'countries').map((ref) => ref.id);
    return highlightCollection(data.countries, { hover: countriesIn(hoverRefs), selected: countriesIn(selectedRefs) });
  }, [data, hoverRefs, selectedRefs]);
  // The source starts empty: setting it empty again on load would cost the worker a pass and the map two frames.
  const highlighted = useRef(false);
  useEffect(() => {
    const source = mapRef.current?.getMap().getSource<GeoJSONSource>(HIGHLIGHT_SOURCE);
    if (!loaded || !source || (!highlighted.current && highlight.features.length === 0)) return;
    source.setData(highlight);
    highlighted.current = true;
  }, [loaded, highlight, style]);
  useContextLoss(created?.getMap(), onUnavailable);
  // Countries are outlined from the highlight source; feature-state serves the places and relations.
  useStateKey(mapRef, loaded, 'selected', useMemo(() => selectedRefs.filter(notCountry), [selectedRefs]));
  useStateKey(mapRef, loaded, 'hover', useMemo(() => hoverRefs.filter(notCountry), [hoverRefs]));
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const source of SOURCE_IDS) {
      if (!map.getSource(source)) continue;
      const states = focus?.[source];
      for (const feature of data[source].features) {
        const id = String(feature.properties.id);
        const on = states?.get(id);
        if (on === undefined) map.removeFeatureState({ source, id }, 'focus');
        else map.setFeatureState({ source, id }, { focus: on });
      }
    }
  }, [focus, loaded, data]);
  const hoverRelation = hover?.kind === 'relation' ? (relationsById.get(hover.id)?.relation ?? '') : '';
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    map.setGlobalStateProperty('stepRelations', [...stepRelations]);
    map.setGlobalStateProperty('hoverRelation', hoverRelation);
    map.setGlobalStateProperty('overview', focus === null);
    map.setGlobalStateProperty('shownRelations', [...shownRelations]);
    map.setGlobalStateProperty('endPlaces', endPlaceIds(relations, shownRelations, layers));
  }, [loaded, stepRelations, hoverRelation, style, focus, shownRelations, relations, layers]);

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
    if (onSettled) map.once('idle', onSettled);
    setLoaded(true);
  }, [initialTarget, start, onSettled]);

  const onMouseMove = useCallback((event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    const id = feature?.properties?.id;
    if (!feature || typeof id !== 'string') return setHover(null);
    const layer = feature.layer.id;
    if (layer === 'relations-line') setHover({ kind: 'relation', id, lngLat: [event.lngLat.lng, event.lngLat.lat] });
    else if (layer.startsWith('places')) setHover({ kind: 'place', id, x: event.point.x, y: event.point.y });
    else setHover({ kind: 'country', id, x: event.point.x, y: event.point.y });
  }, []);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const id = feature?.properties?.id;
      if (!feature || typeof id !== 'string') return;
      const layer = feature.layer.id;
      if (layer === 'relations-line') setPinned({ id, lngLat: [event.lngLat.lng, event.lngLat.lat], view });
      else if (layer.startsWith('places')) onSelect({ kind: 'place', id });
      else onSelect({ kind: 'country', id });
    },
    [onSelect, view],
  );

  const pinned = pinnedIn?.view === view ? pinnedIn : null;
  const popupRelation = pinned ?? (hover?.kind === 'relation' ? hover : null);
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
        onMouseLeave={() => setHover(null)}
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
        <AttributionControl position="bottom-right" compact={narrow} customAttribution={t.mapAttribution(story.source.name)} />
        {popupRelation && popupProps && (
          <Popup
            longitude={popupRelation.lngLat[0]}
            latitude={popupRelation.lngLat[1]}
            closeButton={Boolean(pinned)}
            closeOnClick={false}
            onClose={() => setPinned(null)}
            maxWidth="300px"
            className="relation-popup"
          >
            <RelationQuote relation={popupProps} ends={endsOf(popupProps)} lang={lang} storyLang={story.language} t={t} />
          </Popup>
        )}
      </Map>}
      {hover && hover.kind !== 'relation' && (
        <HoverTip hover={hover} layers={layers} lang={lang} t={t} />
      )}
    </div>
  );
}

const notCountry = (ref: FeatureRef) => ref.source !== 'countries';

/**
 * The story's first camera for the map's frame, measured before the map exists (a layout effect runs before
 * the first paint). Creating the map at the right camera spares a jump on load, which would lay out and
 * draw the first view twice.
 */
function useStartView(frameRef: React.RefObject<HTMLDivElement | null>, target: CameraTarget): { frame: Viewport; camera: Camera } | null {
  const [start, setStart] = useState<{ frame: Viewport; camera: Camera } | null>(null);
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!element || start) return;
    const frame = { width: element.clientWidth, height: element.clientHeight };
    setStart({ frame, camera: cameraFor(target, frame) });
  }, [frameRef, target, start]);
  return start;
}

/**
 * Whether the map may be created: once the font subsets its labels need, beyond the latin one MapLibre
 * loads itself, have loaded. A story whose labels stay in the latin subset waits for nothing. Only the
 * first creation waits: data reloaded later (a layer's Retry) load their subsets while the map keeps
 * drawing, so a glyph new to them may be drawn in the fallback font.
 */
function useMapFonts(characters: string): boolean {
  const pending = useMemo(() => beyondLatin(characters), [characters]);
  const [ready, setReady] = useState(pending === '');
  useEffect(() => {
    let live = true;
    void loadMapFonts(pending).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [pending]);
  return ready;
}

function useStateKey(mapRef: React.RefObject<MapRef | null>, loaded: boolean, key: string, refs: FeatureRef[]) {
  const previous = useRef<FeatureRef[]>([]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    setExclusiveState(map, key, previous.current, refs);
    previous.current = refs;
  }, [mapRef, loaded, key, refs]);
}

function RelationQuote({ relation, ends, lang, storyLang, t }: { relation: RelationSummary; ends: string; lang: Lang; storyLang: Lang; t: Messages }) {
  return (
    <div className="relation-quote">
      <p className="relation-quote__label">
        <span className={`kind-chip kind-${relation.kind}`}>{term(t.relationKind, relation.kind)}</span> {relation.label[lang]}
      </p>
      <p className="relation-quote__ends">{ends}</p>
      {relation.quote ? (
        <blockquote lang={storyLang}>« {relation.quote.text} »</blockquote>
      ) : (
        <p className="muted">{t.withoutQuote}</p>
      )}
      {relation.note && <p className="note">{relation.note[lang]}</p>}
    </div>
  );
}

function HoverTip({ hover, layers, lang, t }: { hover: Extract<Hover, { x: number }>; layers: StoryLayers; lang: Lang; t: Messages }) {
  const source = hover.kind === 'country' ? layers.countries.features : layers.places.features;
  const feature = source.find((f) => f.properties.id === hover.id);
  if (!feature) return null;
  const { name, mentions } = feature.properties;
  return (
    <div className="hover-tip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
      <strong>{name[lang]}</strong> · {t.mentions(mentions.length)}
    </div>
  );
}
