import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOT_VIEWPORTS } from '../../scripts/viewports';
import { browserSuite, openPage, screenshot, waitForMapIdle } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

/** The five Central Asian states: each must be named on the map at every width, from 360 px. */
const FIVE = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

interface Rendered {
  /** Country ids whose name the map has drawn. */
  named: string[];
  /** Annotated relations with at least one line on screen. */
  relations: string[];
  /** Place dots (by id) on screen that sit under a drawn country name. */
  dotsOnNames: string[];
  /** Place names drawn across an edge of the map, cut by it. */
  cutNames: string[];
  /** Place ids whose name the map has drawn. */
  places: string[];
}

type QueryMap = {
  queryRenderedFeatures(geometry?: unknown, options?: { layers: string[] }): { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[];
  project(p: [number, number]): { x: number; y: number };
  getZoom(): number;
  getLayer(id: string): { minzoom?: number } | undefined;
  getCanvas(): HTMLCanvasElement;
};

/** What the map has drawn, read from MapLibre's own placed symbols and rendered lines. */
const rendered = (page: Page): Promise<Rendered> =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: QueryMap } }).__atlas.map;
    const named = map.queryRenderedFeatures(undefined, { layers: ['country-labels'] }).map((f) => String(f.properties.id));
    const relations = map.queryRenderedFeatures(undefined, { layers: ['relations-line'] }).map((f) => String(f.properties.relation));
    const dotsOnNames: string[] = [];
    // MapLibre answers for a layer below its minzoom too, though it draws nothing: only the layers drawn now.
    const dotLayers = ['places-circle', 'places-context-circle'].filter((id) => (map.getLayer(id)?.minzoom ?? 0) <= map.getZoom());
    for (const dot of map.queryRenderedFeatures(undefined, { layers: dotLayers })) {
      const { x, y } = map.project(dot.geometry.coordinates);
      // The dot's own disc (radius 4.5 px with its stroke): any country name whose glyph boxes touch it covers it.
      const covering = map.queryRenderedFeatures(
        [
          [x - 4, y - 4],
          [x + 4, y + 4],
        ],
        { layers: ['country-labels'] },
      );
      if (covering.length) dotsOnNames.push(`${String(dot.properties.id)} under ${covering.map((f) => String(f.properties.id)).join(', ')}`);
    }
    // A name's glyph boxes that touch the outermost pixels of the map run across its edge.
    const { clientWidth: w, clientHeight: h } = map.getCanvas();
    const edges: [number, number][][] = [[[0, 0], [2, h]], [[w - 2, 0], [w, h]], [[0, 0], [w, 2]], [[0, h - 2], [w, h]]];
    const labelLayers = ['places-label', 'places-context-label'].filter((id) => (map.getLayer(id)?.minzoom ?? 0) <= map.getZoom());
    // A region's name marks an area that goes on past the edge: only names of places with a dot count.
    const cutNames = edges.flatMap((box) => map.queryRenderedFeatures(box, { layers: labelLayers }).filter((f) => f.properties.kind !== 'region').map((f) => String(f.properties.id)));
    const places = map.queryRenderedFeatures(undefined, { layers: labelLayers }).map((f) => String(f.properties.id));
    return { named: [...new Set(named)].sort(), relations: [...new Set(relations)].sort(), dotsOnNames: [...new Set(dotsOnNames)].sort(), cutNames: [...new Set(cutNames)].sort(), places: [...new Set(places)].sort() };
  });

describe('the first view, as the map draws it, at every width', () => {
  it.each(SHOT_VIEWPORTS.map((v) => [`${v.width}×${v.height}`, v] as const))(
    'at %s names the five states, Moscow and Beijing, puts no place dot on a country name, cuts no place name at an edge, and draws at most six relations',
    async (size, viewport) => {
      const { page } = await openPage(browser, base, { viewport: { width: viewport.width, height: viewport.height } });
      await waitForMapIdle(page);
      const drawn = await rendered(page);
      await screenshot(page, `labels-${size}`);
      expect(FIVE.filter((id) => !drawn.named.includes(id)), `names missing at ${size}`).toEqual([]);
      expect(drawn.dotsOnNames, `place dots under country names at ${size}`).toEqual([]);
      expect(drawn.cutNames, `place names cut by the map's edge at ${size}`).toEqual([]);
      // The headline's places: "entre Moscou et Pékin".
      expect(['moscow', 'beijing'].filter((id) => !drawn.places.includes(id)), `headline places unnamed at ${size}`).toEqual([]);
      expect(drawn.relations.length, `relations drawn at ${size}: ${drawn.relations.join(', ')}`).toBeGreaterThan(0);
      expect(drawn.relations.length, `relations drawn at ${size}: ${drawn.relations.join(', ')}`).toBeLessThanOrEqual(6);
    },
  );
});

describe('the border’s figure', () => {
  it('is drawn at the point the compiler gave the Kazakhstan–Russia border, as the article states it', async () => {
    const { page } = await openPage(browser, `${base}?step=border`, { viewport: { width: 1280, height: 800 } });
    await waitForMapIdle(page);
    const labels = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: QueryMap } }).__atlas.map;
      return map.queryRenderedFeatures(undefined, { layers: ['borders-emphasis-label'] }).map((f) => ({ text: f.properties.length_fr, at: f.geometry.coordinates }));
    });
    expect(labels.map((label) => label.text)).toEqual(['quelque 7\u00A0500 km']);
    expect(labels[0]!.at[0]).toBeCloseTo(62.04, 1);
    expect(labels[0]!.at[1]).toBeCloseTo(54.003, 1);
  });
});
