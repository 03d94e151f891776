import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnnotation } from '../../../src/compiler/annotation/parseAnnotation';
import type { Annotation } from '../../../src/compiler/annotation/schema';
import { parseArticle } from '../../../src/compiler/feed/parseArticle';
import { inferDesign } from '../../../src/compiler/infer/design';
import { draftYaml } from '../../../src/compiler/infer/draftYaml';
import { compileStory } from '../../../src/compiler/story/compileStory';
import type { World } from '../../../src/compiler/story/world';
import { loadWorld } from '../../../src/shell/loadWorld';

const ID = 'blinken-astana-2023-02-28';
const seed = (name: string) => readFileSync(new URL(`../../../seeds/${ID}/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/unseen/${name}.txt`, import.meta.url), 'utf8');

let world: World;
beforeAll(() => {
  world = loadWorld();
});

function draftOf(text: string): string {
  const article = parseArticle(text);
  return draftYaml(inferDesign(article.paragraphs, article.month, world));
}

function annotation(text: string, file: string): Annotation {
  const parsed = parseAnnotation(text, file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return parsed.annotation;
}

describe('npm run draft: the inferred design as an annotation', () => {
  it.each([['seed', seed('article.txt')], ['en-sahel-coup', fixture('en-sahel-coup')], ['fr-caucase-corridor', fixture('fr-caucase-corridor')]])(
    '%s: compiling the untouched draft gives the same map as compiling with no annotation',
    (_name, text) => {
      const bare = compileStory({ id: 'story', article: { file: 'article.txt', text } }, world);
      const drafted = compileStory({ id: 'story', article: { file: 'article.txt', text }, annotation: { file: 'story.yaml', text: draftOf(text) } }, world);
      expect(bare.manifest.annotated).toBe(false);
      expect(drafted.manifest.annotated).toBe(true);
      expect({ ...drafted.manifest, annotated: false }).toEqual(bare.manifest);
      expect(drafted.layers).toEqual(bare.layers);
      expect(bare.manifest.steps.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('marks what was inferred from which words, and every quote is verbatim (the draft compiles)', () => {
    const draft = draftOf(seed('article.txt'));
    expect(draft).toMatch(/# host: focus \(caption\) \("Astana", p1\)/);
    expect(draft).toMatch(/# rival: called a rival \("chinois", p2\)/);
    expect(draft).toMatch(/# weekday date "mardi"|# explicit date "28 février 2023"/);
  });

  it('recovers the seed story\'s hand-written design from its article alone', () => {
    const draft = annotation(draftOf(seed('article.txt')), 'story.draft.yaml');
    const hand = annotation(seed('story.yaml'), 'story.yaml');
    const roles = (a: Annotation) => new Map(a.countries.map((c) => [c.id, c.role]));
    const [drafted, written] = [roles(draft), roles(hand)];
    for (const id of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS', 'CHN', 'USA']) expect(drafted.get(id), id).toBe(written.get(id));
    expect(draft.focus).toEqual({ country: 'KAZ', place: 'astana' });
    expect(draft.events.some((e) => e.date === '2023-02-28' && e.place === 'astana')).toBe(true);
    const measures = (a: Annotation) => a.claims.flatMap((c) => (c.measure ? [{ quote: c.quote, measure: c.measure }] : []));
    const handMeasures = measures(hand);
    for (const { measure } of handMeasures) expect(measures(draft).map((m) => m.measure)).toContainEqual(measure);
    expect(draft.claims.map((c) => c.quote)).toContain('quelque 7.500 kilomètres de frontière avec la Russie');
    const agree = [...written].filter(([id, role]) => drafted.get(id) === role).length;
    const dates = new Set(draft.events.map((e) => e.date));
    console.log(
      [
        `seed draft vs story.yaml: roles agree for ${agree}/${written.size} countries (${[...written].filter(([id, role]) => drafted.get(id) !== role).map(([id, role]) => `${id} ${role}→${drafted.get(id)}`).join(', ')})`,
        `events: hand ${hand.events.length}, draft ${draft.events.length}; hand dates found in the draft at their precision: ${hand.events.filter((e) => dates.has(e.date) || dates.has(e.date.slice(0, 7))).length}/${hand.events.length}`,
        `claims with a measure: hand ${handMeasures.length}, recovered ${handMeasures.filter((h) => measures(draft).some((d) => JSON.stringify(d.measure) === JSON.stringify(h.measure))).length}`,
      ].join('\n'),
    );
  });
});
