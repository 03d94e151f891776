import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './contrast';
import { RELATION_KINDS } from '../../src/shared/contract';
import { lightTheme } from '../../src/app/map/theme';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
  });
  it('is symmetric and matches the WCAG reference value for #767676 on white (4.54:1)', () => {
    expect(contrastRatio('#FFFFFF', '#767676')).toBeCloseTo(contrastRatio('#767676', '#FFFFFF'), 10);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
  it('throws a clear error on a colour it cannot read', () => {
    expect(() => relativeLuminance('rgb(0,0,0)')).toThrow(/expected #rgb or #rrggbb/);
  });
});

describe('relation kinds are told apart without colour', () => {
  it('each kind has its own dash pattern, and at most one is solid', () => {
    const dashes = RELATION_KINDS.map((kind) => JSON.stringify(lightTheme.relation(kind).dash));
    expect(new Set(dashes).size).toBe(RELATION_KINDS.length);
    const solid = RELATION_KINDS.filter((kind) => lightTheme.relation(kind).dash.every((d, i) => i % 2 === 0 || d === 0));
    expect(solid).toEqual(['border']);
  });
  it('every dash pattern has an even length that line-dasharray can repeat', () => {
    for (const kind of RELATION_KINDS) expect(lightTheme.relation(kind).dash.length % 2, kind).toBe(0);
  });
});

describe('map labels read at 4.5:1 on their halo', () => {
  const { halo } = lightTheme;
  const pairs: [string, string][] = [
    ['country and place labels (text)', lightTheme.text],
    ['context country labels (textMuted)', lightTheme.textMuted],
    ['place labels (place)', lightTheme.place],
    ['context place labels (placeContext)', lightTheme.placeContext],
    ['measured border label (borderEmphasis)', lightTheme.borderEmphasis],
    ...RELATION_KINDS.map((kind): [string, string] => [`relation label: ${kind}`, lightTheme.relation(kind).color]),
  ];
  for (const [name, colour] of pairs) {
    it(`${name}: ${colour} on ${halo}`, () => {
      expect(contrastRatio(colour, halo)).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('the page’s own colours (app.css)', () => {
  const css = readFileSync('src/app/app.css', 'utf8');
  const token = (name: string) => {
    const found = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,6})`, 'i').exec(css)?.[1];
    if (!found) throw new Error(`app.css has no --${name}`);
    return found;
  };
  it('text, muted text and accent read at 4.5:1 on both paper colours', () => {
    for (const text of ['text', 'muted', 'accent']) {
      for (const paper of ['paper', 'paper-2']) expect(contrastRatio(token(text), token(paper)), `${text} on ${paper}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('the focus ring stands at 3:1 against the paper and against the white gap drawn inside it', () => {
    for (const paper of ['paper', 'paper-2']) expect(contrastRatio(token('focus'), token(paper))).toBeGreaterThanOrEqual(3);
  });
});
