import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/shared/contract';
import { resolveQuote } from '../../src/compiler/quotes/resolveQuote';

const paragraphs: Paragraph[] = Object.freeze([
  { id: 'p1', kind: 'body', text: 'Le Kazakhstan, pays grand comme cinq fois la France, semble soucieux.' },
  { id: 'p2', kind: 'body', text: "qui partage quelque 7.500 kilomètres de frontière avec la Russie" },
]) as Paragraph[];

describe('resolveQuote', () => {
  it('resolves a verbatim quote to its paragraph and exact offsets', () => {
    const result = resolveQuote('grand comme cinq fois la France', paragraphs);
    expect(result).toEqual({ ok: true, quote: { paragraph: 'p1', start: 20, end: 51, text: 'grand comme cinq fois la France' } });
  });

  it('forgives whitespace differences but returns the article\'s own words', () => {
    const result = resolveQuote('  7.500\n  kilomètres   de frontière ', paragraphs);
    expect(result.ok && result.quote).toEqual({ paragraph: 'p2', start: 20, end: 49, text: '7.500 kilomètres de frontière' });
  });

  it('refuses a quote with other words and shows the closest passage', () => {
    const result = resolveQuote('quelque 7 500 kilomètres de frontière', paragraphs);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.closest).toContain('kilomètres de frontière');
  });

  it('refuses an empty quote', () => {
    expect(resolveQuote('   ', paragraphs)).toEqual({ ok: false, closest: null });
  });
});
