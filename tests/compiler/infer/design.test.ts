import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/compiler/feed/parseArticle';
import { inferTitle } from '../../../src/compiler/infer/title';
import { sentenceAround } from '../../../src/compiler/infer/passage';
import { compileStory } from '../../../src/compiler/story/compileStory';
import type { World } from '../../../src/compiler/story/world';
import { loadWorld } from '../../../src/shell/loadWorld';

const dir = new URL('../../fixtures/unseen/', import.meta.url);
const dispatches = readdirSync(dir).filter((file) => file.endsWith('.txt')).map((file) => [file, readFileSync(new URL(file, dir), 'utf8')] as const);

let world: World;
beforeAll(() => {
  world = loadWorld();
});

describe('the inferred title', () => {
  it.each(dispatches)('%s: short, and made of whole words of the lead sentence', (_file, text) => {
    const paragraphs = parseArticle(text).paragraphs;
    const lead = paragraphs.find((paragraph) => paragraph.kind === 'body')!.text;
    const sentence = lead.slice(0, sentenceAround(lead, 0)[1]);
    const title = inferTitle(paragraphs);
    expect(title.length).toBeGreaterThan(10);
    expect(title.length).toBeLessThanOrEqual(110);
    expect(title).not.toMatch(/…$/);
    const words = sentence.split(/\s+/).map((word) => word.replace(/[,;:.!?]+$/u, ''));
    for (const word of title.split(' ')) expect(words, word).toContain(word);
  });
});

describe('inference on odd articles', () => {
  it.each(['.', ' date 2023-05 x ( AFP / X )\n\n5%', 'mardi.'])('%j compiles, with a title', (text) => {
    const { manifest } = compileStory({ id: 'x', article: { file: 'article.txt', text } }, world);
    expect(manifest.title.fr.length).toBeGreaterThan(0);
  });
});

describe('emphasis of an unannotated story', () => {
  it('weighs the lead: with equal mention counts, a country named in the lead stands out more', () => {
    const text = readFileSync(new URL('en-xian-summit.txt', dir), 'utf8');
    const { manifest } = compileStory({ id: 'xian', article: { file: 'article.txt', text } }, world);
    const of = (id: string) => manifest.countries.find((country) => country.id === id)!;
    expect(of('RUS').mentionCount).toBe(of('KAZ').mentionCount);
    expect(of('RUS').emphasis).toBeGreaterThan(of('KAZ').emphasis);
    expect(of('CHN')).toMatchObject({ role: 'host', emphasis: 1 });
  });

  it('rings the focus place, a city that is not a capital', () => {
    const text = readFileSync(new URL('en-xian-summit.txt', dir), 'utf8');
    const { layers } = compileStory({ id: 'xian', article: { file: 'article.txt', text } }, world);
    const focused = layers.places.features.filter((place) => place.properties.focus).map((place) => place.properties.id);
    expect(focused).toEqual(['xian']);
  });
});
