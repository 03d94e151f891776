import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// These files declare each subset with its unicode-range, so a page in French fetches the latin subset only.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { App, type AppProps } from './App';

/** Starts the app in the page (`index.html`) or in an iframe (`embed.html`). */
export function boot(mode: NonNullable<AppProps['mode']>): void {
  // Without this the bundled map cannot find its worker and never fires `load`.
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App mode={mode} />
    </StrictMode>,
  );
}
