import { useCallback, useState } from 'react';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { Selection } from '../state/selection';
import type { PointHover } from './HoverTip';

export type Hover = PointHover | RelationAt;
export interface RelationAt {
  kind: 'relation';
  id: string;
  lngLat: [number, number];
}

/**
 * The pointer on the map: what it hovers, and the relation tooltip a click pins. A pinned tooltip belongs to
 * the view it was opened in (`view`): a new step or card closes it.
 */
export function useMapPointer(view: string, onSelect: (selection: Selection) => void) {
  const [hover, setHover] = useState<Hover | null>(null);
  const [pinnedIn, setPinned] = useState<(RelationAt & { view: string }) | null>(null);

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
      if (layer === 'relations-line') setPinned({ kind: 'relation', id, lngLat: [event.lngLat.lng, event.lngLat.lat], view });
      else if (layer.startsWith('places')) onSelect({ kind: 'place', id });
      else onSelect({ kind: 'country', id });
    },
    [onSelect, view],
  );

  const pinned = pinnedIn?.view === view ? pinnedIn : null;
  return {
    hover,
    pinned,
    /** The relation whose tooltip shows: the pinned one, else the hovered one. */
    popup: pinned ?? (hover?.kind === 'relation' ? hover : null),
    onMouseMove,
    onClick,
    onMouseLeave: useCallback(() => setHover(null), []),
    unpin: useCallback(() => setPinned(null), []),
  };
}
