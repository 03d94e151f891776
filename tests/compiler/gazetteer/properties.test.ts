import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/compiler/gazetteer';
import { gazetteer } from './helpers';

const words = ['Russie', 'russe', 'Etats-Unis', 'US', 'us', "l'Ukraine", 'Asie centrale', 'Nations unies', 'Washington', 'Denzel', 'é', '\u0301', '’', '-', ' ', '\n', '\u00a0', 'U.S.', 'Nice', '.', '🙂'];
const pieces = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom(...words), fc.constant(' '.repeat(500)));
const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('findMentions on any text', () => {
  it('never throws, keeps exact offsets, and never overlaps', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const paragraphs = texts.map((t, i) => ({ id: `p${i}`, text: t }));
        const mentions = findMentions(paragraphs, gazetteer);
        const byId = new Map(paragraphs.map((p) => [p.id, p.text]));
        let previous: { paragraph: string; end: number } | undefined;
        for (const m of mentions) {
          expect(byId.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
          if (previous?.paragraph === m.paragraph) expect(m.start).toBeGreaterThanOrEqual(previous.end);
          previous = m;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finishes on a text of about 1 MB', () => {
    const sentence = "Le secrétaire d'Etat américain a exprimé le soutien des Etats-Unis à l'Asie centrale face à la Russie et à la Chine. ";
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const mentions = findMentions([{ id: 'p1', text: big }], gazetteer);
    expect(mentions.length).toBeGreaterThan(40_000);
  });
});
