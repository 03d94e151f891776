import { useEffect, useMemo, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { StoryLayers } from '../../shared/contract';
import { countryNamePlaces, flatAnchorOffsets, insideOffsets, movesInside, projectedRings } from './countryNameOffsets';
import { followCamera } from './followCamera';
import { countryLabelOffset, countryLabelSize } from './labelRules';

/**
 * Keeps the five states' names within their countries: after each camera move, works out for each of them the
 * places within its country where the name's middle stays inside (countryNameOffsets.ts), for the zoom the
 * camera is at, and hands them to the style's `countryNameOffsets` state. The SVG map makes the same list.
 */
export function useCountryNameOffsets(mapRef: RefObject<MapRef | null>, loaded: boolean, style: unknown, layers: StoryLayers): void {
  const names = useMemo(() => {
    const countries = new Map(layers.countries.features.map((f) => [String(f.properties.id), f.geometry]));
    return layers.labels.features.flatMap((f) => {
      const geometry = movesInside(f.properties.role) ? countries.get(f.properties.id) : undefined;
      return geometry ? [{ id: f.properties.id, at: f.geometry.coordinates as [number, number], role: f.properties.role, emphasis: f.properties.emphasis, geometry }] : [];
    });
  }, [layers]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map || names.length === 0) return;
    return followCamera(map, 'countryNameOffsets', () => {
      const project = (p: [number, number]): [number, number] => {
        const { x, y } = map.project(p);
        return [x, y];
      };
      const zoom = map.getZoom();
      return Object.fromEntries(
        names.map(({ id, at, role, emphasis, geometry }) => {
          const inside = insideOffsets(project(at), projectedRings(geometry, project), countryLabelSize(role, emphasis, zoom));
          return [id, flatAnchorOffsets(countryNamePlaces(inside, countryLabelOffset(role)))];
        }),
      );
    });
  }, [mapRef, loaded, style, names]);
}
