import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isCompileError } from '../../src/compiler/errors';
import { compileStory, type StorySource } from '../../src/compiler/story/compileStory';
import { loadWorld } from '../../src/shell/loadWorld';

const ID = 'blinken-astana-2023-02-28';
const seedArticle = readFileSync(new URL(`../../seeds/${ID}/article.txt`, import.meta.url), 'utf8');
const seedYaml = readFileSync(new URL(`../../seeds/${ID}/story.yaml`, import.meta.url), 'utf8');
const world = loadWorld();

/** Compiles, or fails with located author errors: anything else (a TypeError, a hang) is a bug. */
function compilesOrExplains(source: StorySource): void {
  try {
    const { manifest } = compileStory(source, world);
    expect(manifest.paragraphs.length).toBeGreaterThan(0);
  } catch (error) {
    if (!isCompileError(error)) throw error;
    expect(error.errors.length).toBeGreaterThan(0);
    for (const problem of error.errors) {
      expect(problem.file).toMatch(/^seeds\/x\/(article\.txt|story\.yaml)$/);
      expect(problem.message.length).toBeGreaterThan(5);
    }
  }
}

const story = (article: string, annotation?: string): StorySource => ({
  id: 'x',
  article: { file: 'seeds/x/article.txt', text: article },
  ...(annotation === undefined ? {} : { annotation: { file: 'seeds/x/story.yaml', text: annotation } }),
});

describe('the compiler never crashes', () => {
  it('on arbitrary text as the article', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => compilesOrExplains(story(text))), { numRuns: 80 });
  });

  it('on arbitrary bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => compilesOrExplains(story(Buffer.from(bytes).toString('utf8')))),
      { numRuns: 100 },
    );
  });

  it('on arbitrary YAML as the annotation', () => {
    fc.assert(fc.property(fc.anything(), (value) => compilesOrExplains(story(seedArticle, stringify(value) ?? ''))), { numRuns: 80 });
  });

  it('on arbitrary text as the annotation', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => compilesOrExplains(story(seedArticle, text))), { numRuns: 80 });
  });

  it('on the seed annotation with lines deleted, duplicated or swapped', () => {
    const lines = seedYaml.split('\n');
    const mutation = fc.record({ at: fc.nat(lines.length - 1), to: fc.nat(lines.length - 1), kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate') });
    fc.assert(
      fc.property(mutation, ({ at, to, kind }) => {
        const copy = [...lines];
        if (kind === 'delete') copy.splice(at, 1);
        if (kind === 'duplicate') copy.splice(at, 0, copy[at]!);
        if (kind === 'swap') [copy[at], copy[to]] = [copy[to]!, copy[at]!];
        const text = kind === 'truncate' ? seedYaml.slice(0, (at * seedYaml.length) / lines.length) : copy.join('\n');
        compilesOrExplains(story(seedArticle, text));
      }),
      { numRuns: 60 },
    );
  });

  it('on the seed article with characters cut out', () => {
    fc.assert(
      fc.property(fc.nat(seedArticle.length), fc.nat(200), (at, length) => {
        compilesOrExplains(story(seedArticle.slice(0, at) + seedArticle.slice(at + length), seedYaml));
      }),
      { numRuns: 40 },
    );
  });

  it('on a 1 MB article', () => {
    const big = Array.from({ length: 200 }, () => seedArticle).join('\n\n').slice(0, 1_000_000);
    compilesOrExplains(story(big));
  }, 60_000);
});
