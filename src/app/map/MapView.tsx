import { useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import './maplibreWorker';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ProjectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import Map, { AttributionControl, FullscreenControl, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import type { Lang, StoryLayers, StoryManifest } from '../../shared/contract';
import type { FeatureIndex } from '../data/featureIndex';
import { escapeAttribute } from '../../shared/escapeAttribute';
import { toMapData } from '../data/mapData';
import type { RelationSummary } from '../format/relationSummary';
import type { Messages } from '../i18n';
import type { CameraRequest } from '../state/reader';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import type { CameraTarget } from './camera';
import { describeMap } from './describeMap';
import type { FeatureRef } from './featureState';
import { mapCharacters } from './fonts';
import { HoverTip } from './HoverTip';
import { RelationPopup } from './RelationPopup';
import { ResetControl } from './ResetControl';
import { buildStyle, INTERACTIVE_LAYERS } from './style';
import { APPROXIMATELY, STYLE_WORDS } from './styleWords';
import { onScreen, type OnScreen } from './onScreen';
import { endPlaceIds } from '../state/shownRelations';
import { lightTheme } from './theme';
import { useCameraRequests } from './useCameraRequests';
import { useContextLoss } from './useContextLoss';
import { useLocalizedControls } from './useLocalizedControls';
import { useMapError } from './useMapError';
import { useMapFonts } from './useMapFonts';
import { useMapHandle } from './useMapHandle';
import { useMapLoad } from './useMapLoad';
import { useMapPointer } from './useMapPointer';
import { useMapState } from './useMapState';
import { useCountryNameOffsets } from './useCountryNameOffsets';
import { useEdgeLabels } from './useEdgeLabels';
import { useStartView } from './useStartView';
import { useAppliedGestures } from './useAppliedGestures';
import type { Gesture } from './gesture';

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

const NO_GESTURES: readonly Gesture[] = [];

export function MapView(props: Props) {
  const { story, layers, features, lang, t, selection, hovered, focus, stepRelations, shownRelations, relations, endsOf, projection, initialTarget, cameraRequest, gestures = NO_GESTURES, onSelect, onReset, cooperative = false, onUnavailable, onSettled, onScreen: onDrawn } = props;
  const { mapRef, created, setMapRef } = useMapHandle();
  const frameRef = useRef<HTMLDivElement>(null);
  const start = useStartView(frameRef, initialTarget);
  const { loaded, onLoad } = useMapLoad(mapRef, start, initialTarget, onSettled);
  const [narrow] = useState(() => window.matchMedia('(max-width: 700px)').matches);

  const data = useMemo(() => toMapData(layers, { claims: story.claims, approximately: APPROXIMATELY }), [layers, story]);
  const fontsReady = useMapFonts(useMemo(() => mapCharacters(data, STYLE_WORDS), [data]));
  const style = useMemo(() => buildStyle({ theme: lightTheme, lang }, data), [lang, data]);
  const description = useMemo(() => describeMap(story, layers, lang, t, shownRelations), [story, layers, lang, t, shownRelations]);
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
  useEdgeLabels(mapRef, loaded, style, layers.places.features, lang);
  useCountryNameOffsets(mapRef, loaded, style, layers);
  useContextLoss(created?.getMap(), onUnavailable);
  useAppliedGestures(mapRef, loaded, gestures);

  useLocalizedControls(mapRef, loaded, t.mapLocale);
  const onError = useMapError(onUnavailable);

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
          <RelationPopup relation={popupProps} lngLat={popupRelation.lngLat} pinned={Boolean(pinned)} ends={endsOf(popupProps)} lang={lang} storyLang={story.language} t={t} onClose={unpin} />
        )}
      </Map>}
      {hover && hover.kind !== 'relation' && (
        <HoverTip hover={hover} features={features} lang={lang} t={t} />
      )}
    </div>
  );
}
