import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// Without this the bundled map cannot find its worker and never fires `load`. This module is loaded on demand,
// with the WebGL map; a page whose origin may not start a worker (a sandboxed iframe) keeps the SVG map.
setWorkerUrl(new URL(workerUrl, document.baseURI).href);
