import { Component, lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { StaticMapProps } from './StaticMap';
import { supportsWebGL2 } from './webgl';
// The print stylesheet swaps the WebGL canvas for the SVG copy this component keeps ready.
import '../print.css';

// Lazy: d3-geo and the SVG map weigh nothing on the WebGL path until the page has settled.
const StaticMap = lazy(() => import('./StaticMap'));

interface Props {
  /** What the SVG map draws; whether it takes clicks is decided here. */
  staticMap: Omit<StaticMapProps, 'interactive' | 'className'>;
  /** Why the map is static, shown above it. */
  notice: string;
  loading: string;
  /** The WebGL map, given a callback for errors that leave it unable to draw. */
  children: (onUnavailable: (error: unknown) => void) => ReactNode;
}

/**
 * The WebGL map when the browser can run it, else the same story as an interactive SVG map with a notice.
 * Either way an SVG copy is rendered (hidden on screen) so that printing shows a map, not an empty canvas.
 */
export function MapFallback({ staticMap, notice, loading, children }: Props) {
  const [unavailable, setUnavailable] = useState(() => !supportsWebGL2());
  const [printReady, setPrintReady] = useState(false);
  const onUnavailable = useCallback((error: unknown) => {
    console.warn('The interactive map could not start; showing the static map instead.', error);
    setUnavailable(true);
  }, []);

  useEffect(() => {
    if (unavailable || printReady) return;
    const ready = () => setPrintReady(true);
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(ready, { timeout: 3000 }) : undefined;
    const timer = idle === undefined ? window.setTimeout(ready, 2000) : undefined;
    window.addEventListener('beforeprint', ready);
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', ready);
    };
  }, [unavailable, printReady]);

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
      <MapBoundary onError={onUnavailable}>{children(onUnavailable)}</MapBoundary>
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
