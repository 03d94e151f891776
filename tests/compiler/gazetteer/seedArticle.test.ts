import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/compiler/gazetteer';
import { gazetteer, paragraphsOf } from './helpers';

const article = readFileSync(new URL('../../../seeds/blinken-astana-2023-02-28/article.txt', import.meta.url), 'utf8');
const paragraphs = paragraphsOf(article);
const mentions = findMentions(paragraphs, gazetteer);
const textOf = new Map(paragraphs.map((p) => [p.id, p.text]));
const entitiesOf = (surface: string) => new Set(mentions.filter((m) => m.text === surface).map((m) => m.entity));

describe('the seed article (AFP, Blinken in Astana)', () => {
  it('gives offsets into the original paragraph text', () => {
    expect(mentions.length).toBeGreaterThan(50);
    for (const m of mentions) expect(textOf.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.text);
  });

  it('names the five Central Asian countries, the region and its adjective', () => {
    const found = new Set(mentions.map((m) => m.entity));
    for (const id of ['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM', 'central-asia', 'astana']) expect(found, id).toContain(id);
    expect(entitiesOf('Asie centrale')).toEqual(new Set(['central-asia']));
    expect(entitiesOf('centrasiatiques')).toEqual(new Set(['central-asia']));
  });

  it('finds the powers by name, adjective, capital and seat of government', () => {
    expect(entitiesOf('Etats-Unis')).toEqual(new Set(['USA']));
    expect(entitiesOf('américain')).toEqual(new Set(['USA']));
    expect(entitiesOf('américaine')).toEqual(new Set(['USA']));
    expect(entitiesOf('Washington')).toEqual(new Set(['washington']));
    expect(entitiesOf('Russie')).toEqual(new Set(['RUS']));
    expect(entitiesOf('russe')).toEqual(new Set(['RUS']));
    expect(entitiesOf('Moscou')).toEqual(new Set(['moscow']));
    expect(entitiesOf('Kremlin')).toEqual(new Set(['kremlin']));
    expect(entitiesOf('Chine')).toEqual(new Set(['CHN']));
    expect(entitiesOf('chinois')).toEqual(new Set(['CHN']));
    expect(entitiesOf('Ukraine')).toEqual(new Set(['UKR']));
    expect(entitiesOf('France')).toEqual(new Set(['FRA']));
    expect(entitiesOf('Arménie')).toEqual(new Set(['ARM']));
    expect(entitiesOf('britanniques')).toEqual(new Set(['GBR']));
  });

  it('keeps "russophone", "Nations unies" and "Caspian Pipeline Consortium" out', () => {
    const inside = (phrase: string) =>
      mentions.filter((m) => {
        const text = textOf.get(m.paragraph)!;
        const at = text.indexOf(phrase);
        return at >= 0 && m.start < at + phrase.length && m.end > at;
      });
    expect(article).toContain('russophones');
    expect(inside('russophone')).toEqual([]);
    expect(inside('Nations unies')).toEqual([]);
    expect(inside('Caspian Pipeline Consortium')).toEqual([]);
    expect(inside('Banque européenne pour la reconstruction')).toEqual([]);
    expect(inside('ex-républiques soviétiques')).toEqual([]);
  });

  it('does not take the people for places', () => {
    expect(mentions.map((m) => m.text)).not.toContain('Blinken');
  });
});
