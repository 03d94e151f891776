import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/compiler/feed/parseArticle';
import { publicationDate } from '../../src/compiler/feed/publicationDate';
import { detectLanguage } from '../../src/compiler/feed/detectLanguage';

const seed = readFileSync(new URL('../../seeds/blinken-astana-2023-02-28/article.txt', import.meta.url), 'utf8');

describe('parseArticle', () => {
  const article = parseArticle(seed);

  it('reads the month from the date line fused with the first caption', () => {
    expect(article.month).toBe('2023-02');
    expect(article.paragraphs[0]).toMatchObject({ id: 'p1', kind: 'caption', credit: 'POOL / OLIVIER DOULIERY' });
    expect(article.paragraphs[0]!.text.startsWith("Le secrétaire d'Etat américain Antony Blinken avec")).toBe(true);
  });

  it('turns `- "Souveraineté" -` lines into headings without the dashes and quotes', () => {
    const headings = article.paragraphs.filter((paragraph) => paragraph.kind === 'heading').map((paragraph) => paragraph.text);
    expect(headings).toEqual(['Souveraineté', 'Nouvel élan']);
  });

  it('finds captions in the middle of the text by their photo credit, and keeps "(g)" inside the caption', () => {
    const captions = article.paragraphs.filter((paragraph) => paragraph.kind === 'caption');
    expect(captions).toHaveLength(2);
    expect(captions[1]!.text).toContain('Antony Blinken (g) salue');
    expect(captions[1]!.text.endsWith('le 28 février 2023')).toBe(true);
  });

  it('splits the seed into 21 paragraphs with ids in reading order', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.id)).toEqual(Array.from({ length: 21 }, (_, i) => `p${i + 1}`));
    expect(article.paragraphs.at(-1)!.text.endsWith('via la Russie.')).toBe(true);
  });

  it('gives the same paragraphs for a BOM and CRLF line endings', () => {
    const windows = `\uFEFF${seed.replace(/\n/g, '\r\n')}`;
    expect(parseArticle(windows)).toEqual(article);
  });

  it('treats text without a date line as body paragraphs', () => {
    expect(parseArticle('First.\n\nSecond.')).toEqual({
      month: null,
      paragraphs: [
        { id: 'p1', kind: 'body', text: 'First.' },
        { id: 'p2', kind: 'body', text: 'Second.' },
      ],
    });
  });

  it('returns no paragraphs for an empty or blank article', () => {
    expect(parseArticle('').paragraphs).toEqual([]);
    expect(parseArticle(' \n\n\t\n').paragraphs).toEqual([]);
  });
});

describe('publicationDate', () => {
  it('takes the day from a caption in the feed month', () => {
    const article = parseArticle(seed);
    expect(publicationDate(article.month, article.paragraphs)).toBe('2023-02-28');
  });

  it('falls back to the month when no caption gives the day', () => {
    expect(publicationDate('2023-02', [{ id: 'p1', kind: 'body', text: 'Rien de daté.' }])).toBe('2023-02');
  });

  it('reads English dates too', () => {
    expect(publicationDate('2024-03', [{ id: 'p1', kind: 'caption', text: 'Officials in Baku on March 5, 2024' }])).toBe('2024-03-05');
  });

  it('ignores impossible dates such as 31 February', () => {
    expect(publicationDate('2023-02', [{ id: 'p1', kind: 'caption', text: 'le 31 février 2023' }])).toBe('2023-02');
  });
});

describe('detectLanguage', () => {
  it('recognises the seed as French and a wire sentence as English', () => {
    expect(detectLanguage(seed)).toBe('fr');
    expect(detectLanguage('The minister said on Tuesday that the talks with his counterparts were useful.')).toBe('en');
  });
});
