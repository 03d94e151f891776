import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { localizeControls, type LocalizableMap } from './localizeControls';

/** The map reads its UI strings once; a language switch renames its controls and canvas. */
export function useLocalizedControls(mapRef: RefObject<MapRef | null>, loaded: boolean, locale: Record<string, string>): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && loaded) localizeControls(map as unknown as LocalizableMap, locale);
  }, [mapRef, loaded, locale]);
}
