import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// The floor: the least any MapLibre page needs to draw the story's basemap, with no app around it.
// The bench passes the story and its first camera in the address, so both pages show the same view.
setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const params = new URLSearchParams(window.location.search);
const story = params.get('story') ?? '';
const number = (key: string, fallback: number) => Number(params.get(key) ?? fallback);

const map = new Map({
  container: 'map',
  center: [number('lon', 0), number('lat', 0)],
  zoom: number('zoom', 2),
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: new URL(`data/${encodeURIComponent(story)}/countries.geojson`, document.baseURI).href },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#8a8578', 'line-width': 0.8 } },
    ],
  },
});

(window as unknown as { __atlas?: unknown }).__atlas = { map };
