import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// These files declare each subset with its unicode-range, so a page in French fetches the latin subset only.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { DEFAULT_LANG } from '../shared/contract';
import { App, type AppProps } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { messagesFor } from './i18n';
import { parseUrlState } from './state/urlState';
import { hasWebGL2Api } from './map/webgl';

/** Starts the app in the page (`index.html`) or in an iframe (`embed.html`). */
export function boot(mode: NonNullable<AppProps['mode']>): void {
  // Without this the bundled map cannot find its worker and never fires `load`.
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  // The worker's script is fetched, compiled and run while React renders the page and the data arrive,
  // instead of after the map is created, where it held up the map's first tiles by about 300 ms.
  // Skipped when the browser has no WebGL2 API at all, since the static map needs no worker.
  // A page with an opaque origin (an iframe sandboxed without allow-same-origin) may not start a worker from
  // the site: the map then falls back to the static map, and the page must still render.
  try {
    if (hasWebGL2Api()) prewarm();
  } catch (error) {
    console.warn('The map’s worker could not start.', error);
  }
  // The last guard: whatever throws below it, the reader gets a message and Retry, never a blank page.
  const t = messagesFor(parseUrlState(window.location.search).state.lang ?? DEFAULT_LANG);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary message={t.pageError} t={t}>
        <App mode={mode} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
