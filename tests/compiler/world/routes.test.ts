import { length } from '@turf/length';
import { lineString, point } from '@turf/helpers';
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../../src/shell/loadWorld';
import type { AnnotationRelation } from '../../../src/compiler/annotation/schema';
import { landTest, routeProblem } from '../../../src/compiler/story/routeGeography';
import { seedStory } from './seedCompiled';

const CPC_TERMINAL: Position = [37.7, 44.7];
const relation = (kind: AnnotationRelation['kind']) => ({ kind }) as AnnotationRelation;
const isLand = landTest(loadWorld().countries.values());
const lineOf = (id: string): Position[] => {
  const feature = seedStory().layers.relations.features.find((f) => f.properties.id === id)!;
  return feature.geometry.type === 'LineString' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
};

describe('routes follow real geography', () => {
  it('ends the CPC pipeline within 20 km of its marine terminal near Novorossiysk', () => {
    const line = lineOf('cpc-pipeline');
    expect(distance(point(line.at(-1)!), point(CPC_TERMINAL), { units: 'kilometers' })).toBeLessThan(20);
    expect(distance(point(line[0]!), point([53.38, 46.15]), { units: 'kilometers' })).toBeLessThan(20);
    // Tengiz, Atyrau, the Astrakhan region, the terminal: 1,511 km according to the operator, a little less drawn.
    expect(length(lineString(line))).toBeGreaterThan(1300);
    expect(length(lineString(line))).toBeLessThan(1900);
  });

  it('draws the pipeline overland and the tankers beyond it at sea', () => {
    expect(routeProblem(relation('pipeline'), lineOf('cpc-pipeline'), isLand)).toBeUndefined();
    expect(routeProblem(relation('shipping'), lineOf('cpc-tankers'), isLand)).toBeUndefined();
    expect(lineOf('cpc-tankers')[0]).toEqual(lineOf('cpc-pipeline').at(-1));
  });

  it('gives the seed story no route warning', () => {
    expect(seedStory().warnings).toEqual([]);
  });

  it('flags a pipeline drawn across the Black Sea, at the waypoint where the sea begins', () => {
    const across: Position[] = [[40.6, 45.4], [37.7, 44.7], [29.0, 41.0], [18.0, 40.0]];
    const problem = routeProblem(relation('pipeline'), across, isLand);
    expect(problem).toMatchObject({ leg: 1, medium: 'sea' });
    expect(problem!.km).toBeGreaterThan(400);
  });

  it('flags a sea route that cuts across Anatolia, but not one through the Bosphorus', () => {
    expect(routeProblem(relation('shipping'), [[34.0, 42.5], [33.0, 35.8]], isLand)).toMatchObject({ leg: 0, medium: 'land' });
    expect(routeProblem(relation('shipping'), [[29.6, 41.6], [29.12, 41.22], [28.98, 40.98], [28.5, 40.8]], isLand)).toBeUndefined();
  });

  it('checks only the kinds that say land or sea', () => {
    expect(routeProblem(relation('trade'), [[40.6, 45.4], [18.0, 40.0]], isLand)).toBeUndefined();
  });
});

describe('a route drawn over the wrong medium', () => {
  it('gives a build warning with the file, the line and the waypoint', async () => {
    const { readFileSync } = await import('node:fs');
    const { compileStory } = await import('../../../src/compiler/story/compileStory');
    const dir = new URL('../../../seeds/blinken-astana-2023-02-28/', import.meta.url);
    const yaml = readFileSync(new URL('story.yaml', dir), 'utf8').replace(/path: \[tengiz, [^\n]*\]/, 'path: [tengiz, [40.6, 45.4], novorossiysk, [29.0, 41.0], [18.0, 40.0], [10.0, 44.5]]');
    const story = compileStory(
      { id: 'x', article: { file: 'seeds/x/article.txt', text: readFileSync(new URL('article.txt', dir), 'utf8') }, annotation: { file: 'seeds/x/story.yaml', text: yaml } },
      loadWorld(),
    );
    expect(story.warnings).toHaveLength(1);
    expect(story.warnings[0]).toMatchObject({ file: 'seeds/x/story.yaml', field: 'relations[13].path[2]', line: expect.any(Number) });
    expect(story.warnings[0]!.message).toMatch(/pipeline route crosses the sea for \d+ km/);
  });
});
