import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_LAYER_FILES } from '../../src/shared/contract';
import { LAYER_SOURCES, loadSource, sourceOf } from '../../src/app/data/loadStory';

const respond = (status: number, body: string) => vi.fn<(url: string) => Promise<Response>>(async () => new Response(body, { status }));

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'http://atlas.test/graphics/' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the files the app loads for a story', () => {
  it('are the files the page preloads, each once, and then the world file, after the first view', () => {
    expect(LAYER_SOURCES.filter((source) => !source.deferred).map((source) => source.file).sort()).toEqual([...APP_LAYER_FILES].sort());
    expect(LAYER_SOURCES.filter((source) => source.deferred).map((source) => source.file)).toEqual(['world.topo.json']);
  });

  it('cover every layer exactly once', () => {
    const layers = LAYER_SOURCES.flatMap((source) => source.layers).sort();
    expect(layers).toEqual(['borders', 'boundaries', 'countries', 'labels', 'land', 'places', 'relations']);
  });

  it('fetch the basemap once for the countries and the borders, relative to the page', async () => {
    const fetch = respond(404, 'Not found');
    vi.stubGlobal('fetch', fetch);
    expect(sourceOf('borders')).toBe(sourceOf('countries'));
    await loadSource('story', sourceOf('countries'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('http://atlas.test/graphics/data/story/basemap.topo.json');
  });

  it('fail every layer of a missing file, naming the file', async () => {
    vi.stubGlobal('fetch', respond(404, 'Not found'));
    const results = await loadSource('story', sourceOf('countries'));
    expect(results.countries).toMatchObject({ ok: false, failure: 'missing', file: 'story/basemap.topo.json' });
    expect(results.borders).toMatchObject({ ok: false, failure: 'missing', file: 'story/basemap.topo.json' });
  });

  it('fail every layer of a forged topology as a wrong shape, without throwing', async () => {
    vi.stubGlobal('fetch', respond(200, JSON.stringify({ type: 'Topology', arcs: [], objects: {} })));
    const results = await loadSource('story', sourceOf('borders'));
    expect(results.countries).toMatchObject({ ok: false, failure: 'shape' });
    expect(results.borders).toMatchObject({ ok: false, failure: 'shape' });
  });

  it('tell a cut-off file from a wrong one', async () => {
    vi.stubGlobal('fetch', respond(200, '{"type":"FeatureCollection","feat'));
    expect((await loadSource('story', sourceOf('places'))).places).toMatchObject({ ok: false, failure: 'unreadable', file: 'story/places.geojson' });
  });
});
