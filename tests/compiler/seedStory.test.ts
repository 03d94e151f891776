import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_FILE, WORLD_FILE, type Mention, type Paragraph, type StoryManifest, type TextSpan } from '../../src/shared/contract';
import { compileStory, type CompiledStory, type StorySource } from '../../src/compiler/story/compileStory';
import { outputFiles } from '../../src/compiler/compileAll';
import { loadWorld } from '../../src/shell/loadWorld';

const ID = 'blinken-astana-2023-02-28';
const read = (name: string) => readFileSync(new URL(`../../seeds/${ID}/${name}`, import.meta.url), 'utf8');
const source: StorySource = {
  id: ID,
  article: { file: `seeds/${ID}/article.txt`, text: read('article.txt') },
  annotation: { file: `seeds/${ID}/story.yaml`, text: read('story.yaml') },
};

let story: CompiledStory;
let manifest: StoryManifest;
beforeAll(() => {
  story = compileStory(source, loadWorld());
  manifest = story.manifest;
});

function expectSpanMatchesText(span: TextSpan, paragraphs: readonly Paragraph[]): void {
  const paragraph = paragraphs.find((p) => p.id === span.paragraph);
  expect(paragraph, `paragraph ${span.paragraph}`).toBeDefined();
  expect(paragraph!.text.slice(span.start, span.end)).toBe(span.text);
}

describe('the seed story compiles into a traceable map', () => {
  it('reads the headline, language, day of publication and credits', () => {
    expect(manifest.title.fr).toContain('Astana');
    expect(manifest.language).toBe('fr');
    expect(manifest.published).toBe('2023-02-28');
    expect(manifest.source.name).toBe('AFP');
    expect(manifest.credits).toEqual(['POOL / OLIVIER DOULIERY']);
  });

  it('finds the five Central Asian states, the United States, Russia, China and Ukraine with their roles', () => {
    const roles = Object.fromEntries(manifest.countries.map((country) => [country.id, country.role]));
    expect(roles).toMatchObject({ KAZ: 'host', KGZ: 'central-asia', TJK: 'central-asia', TKM: 'central-asia', UZB: 'central-asia', USA: 'actor', RUS: 'rival', CHN: 'rival', UKR: 'mentioned' });
  });

  it('counts Kazakhstan through its name, its adjective, its capital and its president', () => {
    const kazakhstan = story.layers.countries.features.find((feature) => feature.properties.id === 'KAZ')!;
    const forms = new Set(kazakhstan.properties.mentions.map((mention: Mention) => mention.form));
    expect([...forms].sort()).toEqual(['adjective', 'name', 'person', 'place']);
    expect(kazakhstan.properties.mentions.some((mention) => mention.text === 'M. Tokaïev')).toBe(true);
    expect(kazakhstan.properties.emphasis).toBeGreaterThan(0.8);
  });

  it('traces every mention and every quote to the exact words of the article', () => {
    const spans: TextSpan[] = [
      ...story.layers.countries.features.flatMap((feature) => feature.properties.mentions),
      ...story.layers.places.features.flatMap((feature) => feature.properties.mentions),
      ...story.layers.relations.features.flatMap((feature) => (feature.properties.quote ? [feature.properties.quote] : [])),
      ...manifest.events.map((event) => event.quote),
      ...manifest.claims.map((claim) => claim.quote),
      ...manifest.mentions,
    ];
    expect(spans.length).toBeGreaterThan(80);
    for (const span of spans) expectSpanMatchesText(span, manifest.paragraphs);
  });

  it('gives every feature a stable string id and a French and English name', () => {
    for (const layer of [story.layers.countries, story.layers.places, story.layers.labels, story.layers.borders]) {
      for (const feature of layer.features) {
        expect(typeof feature.id).toBe('string');
        expect(feature.properties.name.fr.length).toBeGreaterThan(0);
        expect(feature.properties.name.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('dates the events, including those worked out from "en septembre", "en novembre" and "il y a un an"', () => {
    const dates = Object.fromEntries(manifest.events.map((event) => [event.id, event.date]));
    expect(dates).toMatchObject({
      'invasion-of-ukraine': '2022-02-24',
      'first-aid-tranche': '2022-09-22',
      'tokayev-re-elected': '2022-11-20',
      'c5-ministers-meeting': '2023-02-28',
      'flight-to-uzbekistan': '2023-02-28',
    });
    expect(manifest.events.map((event) => event.date)).toEqual([...manifest.events.map((event) => event.date)].sort());
    expect(manifest.events.find((event) => event.id === 'tokayev-re-elected')!.note?.en).toMatch(/Central Election Commission/);
  });

  it('emphasises and measures the Kazakhstan–Russia border on the 1:50m data', () => {
    const border = story.layers.borders.features.find((feature) => feature.properties.id === 'KAZ-RUS')!;
    expect(border.properties.emphasis).toBe(true);
    expect(border.properties.resolution).toBe('Natural Earth 1:50m');
    expect(border.properties.lengthKm).toBeGreaterThan(5300);
    expect(border.properties.lengthKm).toBeLessThan(5600);
  });

  it('checks the claims against the map data and cites a source', () => {
    const claims = Object.fromEntries(manifest.claims.map((claim) => [claim.id, claim]));
    const size = claims['kazakhstan-five-times-france']!;
    expect(size.measured!.value).toBeGreaterThan(4.7);
    expect(size.measured!.value).toBeLessThan(5.2);
    const border = claims['kazakhstan-russia-border']!;
    expect(border.stated.value).toBe(7500);
    // The Kazakh government's figure, then the CIA World Factbook's, each with its source; "quelque" is kept.
    expect(border.cited.value).toBe(7548);
    expect(border.alsoCited?.map((figure) => [figure.value, figure.source.name])).toEqual([[7644, 'CIA World Factbook (Kazakhstan, land boundaries)']]);
    expect(border.stated).toEqual({ value: 7500, unit: 'km', approximate: true });
    expect(border.measured!.resolution).toBe('Natural Earth 1:50m');
  });

  it('draws Washington’s relations as great-circle arcs', () => {
    const arc = story.layers.relations.features.find((feature) => feature.properties.id === 'us-aid-central-asia:KAZ')!;
    expect(arc.geometry.type).toBe('LineString');
    const coordinates = arc.geometry.coordinates as number[][];
    expect(coordinates.length).toBeGreaterThan(20);
    expect(Math.max(...coordinates.map((point) => point[1]!))).toBeGreaterThan(60);
  });

  it('keeps the United States whole for the globe view, and Armenia, France and the United Kingdom it names', () => {
    const ids = story.layers.countries.features.map((feature) => feature.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['USA', 'ARM', 'FRA', 'GBR', 'AFG', 'MNG']));
    expect(ids).not.toContain('BRA');
  });

  it('walks the story from the invasion of Ukraine to the flight to Uzbekistan', () => {
    expect(manifest.steps[0]!.id).toBe('invasion');
    expect(manifest.steps.at(-1)!.id).toBe('departure');
    for (const step of manifest.steps) expect(step.bounds[0]).toBeLessThan(step.bounds[2]);
  });

  it('gives the same bytes for the same input', () => {
    const again = outputFiles([compileStory(source, loadWorld())]);
    expect(again).toEqual(outputFiles([story]));
  });
});

describe('golden files for the seed story', () => {
  it('match the checked-in output (regenerate on purpose with `vitest -u`)', async () => {
    const files = outputFiles([story]);
    for (const [path, contents] of files) {
      // The topologies are the GeoJSON goldens re-encoded; tests/app/basemap.test.ts pins the round trip.
      if (path.endsWith(BASEMAP_FILE) || path.endsWith(WORLD_FILE)) continue;
      await expect(goldenView(path, contents)).toMatchFileSnapshot(`../golden/${path}`);
    }
  });
});

/** Polygons are summarised (their vertices are pinned by the geometry tests); everything else is kept whole. */
function goldenView(path: string, contents: string): string {
  if (!path.endsWith('countries.geojson')) return JSON.stringify(JSON.parse(contents), null, 1);
  const collection = JSON.parse(contents) as { features: { id: string; geometry: { type: string; coordinates: number[][][][] | number[][][] }; properties: unknown }[] };
  const summary = collection.features.map((feature) => ({
    id: feature.id,
    geometry: { type: feature.geometry.type, vertices: JSON.stringify(feature.geometry.coordinates).split('],[').length },
    properties: feature.properties,
  }));
  return JSON.stringify(summary, null, 1);
}
