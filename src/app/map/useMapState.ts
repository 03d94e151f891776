import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import type { MapLayers } from '../data/mapData';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { setExclusiveState, type FeatureRef } from './featureState';
import { HIGHLIGHT_SOURCE, highlightCollection } from './highlight';
import { SOURCE_IDS } from './style';

interface MapState {
  loaded: boolean;
  data: MapLayers;
  /** The style object: a new style drops sources' data and global state, which are then set again. */
  style: unknown;
  selection: Selection;
  /** Hovered on the map itself, then from the article or the lists. */
  hovered: readonly FeatureRef[];
  focus: Focus | null;
  stepRelations: readonly string[];
  shownRelations: readonly string[];
  hoverRelation: string;
  /** Places at either end of a shown relation: their names are always drawn. */
  endPlaces: readonly string[];
}

/**
 * What the reader's state draws on a created map: the highlight source (outlines of the selected and
 * hovered countries), feature-state for places and relations and the step's focus, and the style's
 * global state for which relations show.
 */
export function useMapState(mapRef: RefObject<MapRef | null>, state: MapState): void {
  const { loaded, data, style, selection, hovered, focus, stepRelations, shownRelations, hoverRelation, endPlaces } = state;
  const selectedRefs = useMemo<FeatureRef[]>(() => {
    if (!selection) return [];
    return selection.kind === 'country' ? [{ source: 'countries', id: selection.id }] : [{ source: 'places', id: selection.id }];
  }, [selection]);
  const highlight = useMemo(() => {
    const countriesIn = (refs: readonly FeatureRef[]) => refs.filter((ref) => ref.source === 'countries').map((ref) => ref.id);
    return highlightCollection(data.countries, { hover: countriesIn(hovered), selected: countriesIn(selectedRefs) });
  }, [data, hovered, selectedRefs]);
  // The source starts empty: setting it empty again on load would cost the worker a pass and the map two frames.
  const highlighted = useRef(false);
  useEffect(() => {
    const source = mapRef.current?.getMap().getSource<GeoJSONSource>(HIGHLIGHT_SOURCE);
    if (!loaded || !source || (!highlighted.current && highlight.features.length === 0)) return;
    source.setData(highlight);
    highlighted.current = true;
  }, [mapRef, loaded, highlight, style]);
  // Countries are outlined from the highlight source; feature-state serves the places and relations.
  useStateKey(mapRef, loaded, 'selected', useMemo(() => selectedRefs.filter(notCountry), [selectedRefs]));
  useStateKey(mapRef, loaded, 'hover', useMemo(() => hovered.filter(notCountry), [hovered]));
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
  }, [mapRef, focus, loaded, data]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    map.setGlobalStateProperty('stepRelations', [...stepRelations]);
    map.setGlobalStateProperty('hoverRelation', hoverRelation);
    map.setGlobalStateProperty('overview', focus === null);
    map.setGlobalStateProperty('shownRelations', [...shownRelations]);
    map.setGlobalStateProperty('endPlaces', [...endPlaces]);
  }, [mapRef, loaded, stepRelations, hoverRelation, style, focus, shownRelations, endPlaces]);
}

const notCountry = (ref: FeatureRef) => ref.source !== 'countries';

function useStateKey(mapRef: RefObject<MapRef | null>, loaded: boolean, key: string, refs: readonly FeatureRef[]) {
  const previous = useRef<readonly FeatureRef[]>([]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    setExclusiveState(map, key, previous.current, refs);
    previous.current = refs;
  }, [mapRef, loaded, key, refs]);
}
