import { Component, Suspense, useCallback, useState, type ReactNode } from 'react';
import type { Gesture } from './gesture';
import StaticMap, { type StaticMapProps } from './StaticMap';
import { hasWebGL2Api } from './webgl';
import { useBrowserFact } from '../hooks/useBrowserFact';
// The print stylesheet swaps the WebGL canvas for the SVG copy this component keeps.
import '../print.css';

export interface MapHandlers {
  onUnavailable: (error: unknown) => void;
  onSettled: () => void;
  /** The reader's gestures on the SVG map since it woke the WebGL map, in order, to apply once it has loaded. */
  gestures: readonly Gesture[];
}

interface Props {
  /** What the SVG map draws; whether it takes clicks is decided here. */
  staticMap: Omit<StaticMapProps, 'interactive' | 'className' | 'onWake'>;
  /** Why the map is static, shown above it. */
  notice: string;
  /** The view asks for what only WebGL draws (a globe step): start it now. */
  needsWebGL: boolean;
  /** The WebGL map, given callbacks for errors that leave it unable to draw and for its first settled frame. */
  children: (handlers: MapHandlers) => ReactNode;
}

/**
 * The SVG map first, interactive, and the WebGL map once the reader reaches for what only it does (a zoom, a
 * pan, its controls, a globe step). The SVG map stays on top until the WebGL map's first idle, then becomes the
 * copy kept for print. Without WebGL2 the SVG map stays, with a notice that says why.
 */
export function MapFallback({ staticMap, notice, needsWebGL, children }: Props) {
  const noWebGL = useBrowserFact(lacksWebGL2, false);
  const [failed, setFailed] = useState(false);
  const unavailable = noWebGL || failed;
  const [awake, setAwake] = useState(false);
  const [settled, setSettled] = useState(false);
  const [gestures, setGestures] = useState<readonly Gesture[]>([]);
  const onSettled = useCallback(() => {
    // A reader on the SVG map's zoom buttons goes on to MapLibre's own, which take their place.
    const wake = document.activeElement?.closest('[data-testid="map-wake"]') ? document.activeElement : null;
    setSettled(true);
    if (wake) document.querySelector<HTMLElement>(wake.className.includes('zoom-out') ? '.maplibregl-ctrl-zoom-out' : wake.className.includes('fullscreen') ? '.maplibregl-ctrl-fullscreen' : '.maplibregl-ctrl-zoom-in')?.focus();
  }, []);
  const onUnavailable = useCallback((error: unknown) => {
    console.warn('The interactive map could not start; showing the static map instead.', error);
    setFailed(true);
  }, []);
  const onWake = useCallback((next: Gesture) => {
    if (next.kind !== 'none') setGestures((previous) => [...previous, next]);
    setAwake(true);
  }, []);
  // A view only WebGL draws wakes the map; it stays awake after.
  if (needsWebGL && !awake) setAwake(true);

  if (unavailable) {
    return (
      <div className="static-stage" data-testid="static-stage">
        <p className="static-notice" data-testid="static-notice">{notice}</p>
        <StaticMap {...staticMap} interactive className="static-map--screen" />
      </div>
    );
  }
  return (
    <>
      {awake && (
        <MapBoundary onError={onUnavailable}>
          <Suspense fallback={null}>{children({ onUnavailable, onSettled, gestures })}</Suspense>
        </MapBoundary>
      )}
      <StaticMap {...staticMap} interactive={!settled} className={settled ? 'static-map--print' : 'static-map--first'} onWake={settled ? undefined : onWake} />
    </>
  );
}

const lacksWebGL2 = () => !hasWebGL2Api();

/** Catches a map that throws while rendering, so the reader gets the static map instead of a blank page. */
class MapBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
