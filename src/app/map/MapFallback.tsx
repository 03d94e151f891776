import { Component, lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { StaticMapProps } from './StaticMap';
import { hasWebGL2Api } from './webgl';
// The print stylesheet swaps the WebGL canvas for the SVG copy this component keeps ready.
import '../print.css';

// Lazy: the SVG map weighs nothing on the WebGL path until the page has settled.
const StaticMap = lazy(() => import('./StaticMap'));

export interface MapHandlers {
  onUnavailable: (error: unknown) => void;
  onSettled: () => void;
}

const UNSETTLED_PRINT_COPY_MS = 10_000;

interface Props {
  /** What the SVG map draws; whether it takes clicks is decided here. */
  staticMap: Omit<StaticMapProps, 'interactive' | 'className'>;
  /** Why the map is static, shown above it. */
  notice: string;
  loading: string;
  /** The WebGL map, given callbacks for errors that leave it unable to draw and for its first settled frame. */
  children: (handlers: MapHandlers) => ReactNode;
}

/**
 * The WebGL map when the browser can run it, else the same story as an interactive SVG map with a notice.
 * Either way an SVG copy is rendered (hidden on screen) so that printing shows a map, not an empty canvas.
 */
/** After the first view has settled, when the print copy is built. */
const PRINT_COPY_AFTER_MS = 2500;

export function MapFallback({ staticMap, notice, loading, children }: Props) {
  const [unavailable, setUnavailable] = useState(() => !hasWebGL2Api());
  const [printReady, setPrintReady] = useState(false);
  // The print copy waits for the map's first settled frame: built earlier, it competes with the map's start.
  const [settled, setSettled] = useState(false);
  const onSettled = useCallback(() => setSettled(true), []);
  const onUnavailable = useCallback((error: unknown) => {
    console.warn('The interactive map could not start; showing the static map instead.', error);
    setUnavailable(true);
  }, []);

  useEffect(() => {
    if (unavailable || printReady) return;
    const ready = () => setPrintReady(true);
    window.addEventListener('beforeprint', ready);
    // Two seconds after the first view (or at print), so that it never counts against the first view; a map that
    // never settles (a layer that keeps failing) still gets its print copy, later.
    const timer = window.setTimeout(ready, settled ? PRINT_COPY_AFTER_MS : UNSETTLED_PRINT_COPY_MS);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', ready);
    };
  }, [unavailable, printReady, settled]);

  if (unavailable) {
    return (
      <div className="static-stage" data-testid="static-stage">
        <p className="static-notice" data-testid="static-notice">{notice}</p>
        <Suspense fallback={<p className="loading" role="status">{loading}</p>}>
          <StaticMap {...staticMap} interactive className="static-map--screen" />
        </Suspense>
      </div>
    );
  }
  return (
    <>
      <MapBoundary onError={onUnavailable}>{children({ onUnavailable, onSettled })}</MapBoundary>
      {printReady && (
        <Suspense fallback={null}>
          <StaticMap {...staticMap} interactive={false} className="static-map--print" />
        </Suspense>
      )}
    </>
  );
}

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
