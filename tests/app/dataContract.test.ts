import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASEMAP_FILE, LAYER_FILES, type StoryLayers } from '../../src/shared/contract';
import { loadIndex, loadManifest, loadSource, sourceOf } from '../../src/app/data/loadStory';
import { explainLayer, explainManifest } from '../../src/app/data/shape';
import { COMPILED_FOR_TESTS } from '../setup/compiledSeeds';
import { compiledStories } from './compiledData';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const [seed] = compiledStories();
const manifest = seed!.manifest as unknown as Json;
const layers = seed!.layers as unknown as Record<keyof StoryLayers, Json>;
const topology = JSON.parse(readFileSync(join(COMPILED_FOR_TESTS, `${manifest.id}/${BASEMAP_FILE}`), 'utf8')) as Json;

/** A copy of the value with one change; the body is JSON text, so ±1e999 stays what the network would give. */
function edited(value: Json, edit: (copy: Json) => void, text = (json: string) => json): string {
  const copy = structuredClone(value);
  edit(copy);
  return text(JSON.stringify(copy));
}

beforeEach(() => vi.stubGlobal('document', { baseURI: 'http://atlas.test/' }));
afterEach(() => vi.unstubAllGlobals());
const serve = (body: string) => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200 })));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
};

describe('the compiled data fits the contract the app checks', () => {
  it('the seed story and each of its layers', () => {
    expect(explainManifest(manifest)).toBeNull();
    for (const layer of Object.keys(LAYER_FILES) as (keyof StoryLayers)[]) expect(explainLayer(layer)(layers[layer]), layer).toBeNull();
  });
});

// Valid JSON of the wrong shape below the top level: each of these blanked the whole page (red team, issue #17).
const MANIFEST_VARIANTS: [string, string][] = [
  ['paragraphs: [null]', edited(manifest, (m) => (m.paragraphs = [null]))],
  ['countries: [{}]', edited(manifest, (m) => (m.countries = [{}]))],
  ['bounds as strings', edited(manifest, (m) => (m.bounds = m.bounds.map(String)))],
  ['bounds of ±1e999', edited(manifest, (m) => (m.bounds = [-1, 2, 3, 4]), (json) => json.replace('"bounds":[-1,2,3,4]', '"bounds":[-1e999,2,1e999,4]'))],
  ['a step box with south > north', edited(manifest, (m) => (m.steps[0].bounds = [26.5, 68, 112, 45.4]))],
  ['a camera centre of strings', edited(manifest, (m) => (m.camera = { center: ['66', '45'], zoom: 3 }))],
  ['a legend role "__proto__"', edited(manifest, (m) => (m.legend[0].role = '__proto__'))],
  ['a title of null', edited(manifest, (m) => (m.title = null))],
  ['a mention with offsets as text', edited(manifest, (m) => (m.mentions[0].start = '31'))],
  ['an event without its quote', edited(manifest, (m) => delete m.events[0].quote)],
  ['a step whose places is not a list', edited(manifest, (m) => (m.steps[0].places = 'astana'))],
];

const LAYER_VARIANTS: [string, keyof StoryLayers, string][] = [
  ['a place with geometry: {}', 'places', edited(layers.places, (c) => (c.features[0].geometry = {}))],
  ['a place at latitude 1e999', 'places', edited(layers.places, (c) => (c.features[0].geometry.coordinates = [1, 2]), (j) => j.replace('"coordinates":[1,2]', '"coordinates":[1,1e999]'))],
  ['relation.kind: "__proto__"', 'relations', edited(layers.relations, (c) => (c.features[0].properties.kind = '__proto__'))],
  ['a relation label of {}', 'relations', edited(layers.relations, (c) => (c.features[0].properties.label = {}))],
  ['a place kind "constructor"', 'places', edited(layers.places, (c) => (c.features[0].properties.kind = 'constructor'))],
  ['a label with properties: null', 'labels', edited(layers.labels, (c) => (c.features[0].properties = null))],
  ['a basemap country named null', 'countries', edited(topology, (t) => (t.objects.countries.geometries[0].properties.name = null))],
  ['a basemap border between one country', 'borders', edited(topology, (t) => (t.objects.borders.geometries[0].properties.countries = ['KAZ']))],
];

describe('a file of the wrong shape is a file error, naming the file and where it goes wrong', () => {
  it.each(MANIFEST_VARIANTS)('story.json with %s', async (_, body) => {
    serve(body);
    const loaded = await loadManifest(manifest.id);
    expect(loaded).toMatchObject({ ok: false, failure: 'shape', file: `${manifest.id}/story.json` });
    expect(loaded.ok ? '' : loaded.detail).toMatch(/expected/);
  });

  it.each(LAYER_VARIANTS)('%s', async (_, layer, body) => {
    serve(body);
    const results = await loadSource(manifest.id, sourceOf(layer));
    expect(results[layer]).toMatchObject({ ok: false, failure: 'shape', file: `${manifest.id}/${sourceOf(layer).file}` });
  });

  it('index.json with stories: [null]', async () => {
    serve('{"stories":[null]}');
    expect(await loadIndex()).toMatchObject({ ok: false, failure: 'shape', file: 'index.json' });
  });
});
