import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, normalizeNewlines } from '../../src/compiler/text';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('KZA', 'KAZ')).toBe(1);
    expect(editDistance('astna', 'astana')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatch', () => {
  it('prefers the same letters in another order over a one-letter change', () => {
    expect(closestMatch('KZA', ['KNA', 'TZA', 'KAZ'])).toBe('KAZ');
  });

  it('suggests nothing when every candidate is far away', () => {
    expect(closestMatch('Kazakhstan', ['KAZ', 'RUS'])).toBeUndefined();
  });
});

describe('normalizeNewlines', () => {
  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(normalizeNewlines('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});
