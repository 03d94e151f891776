import { describe, expect, it } from 'vitest';
import { boundsOf, emphasisScale } from '../../../src/compiler/geometry';
import { country } from './helpers';

describe('emphasisScale', () => {
  it('maps 0 mentions to 0 and the most-mentioned country to 1, on a square-root curve', () => {
    const scale = emphasisScale([1, 4, 16]);
    expect([scale(0), scale(4), scale(16)]).toEqual([0, 0.5, 1]);
  });

  it('clamps counts beyond the domain and rounds to 2 decimals', () => {
    const scale = emphasisScale([3]);
    expect(scale(10)).toBe(1);
    expect(scale(1)).toBe(0.58);
  });

  it('records its type, domain and range so the build can write them down', () => {
    const scale = emphasisScale([2, 7]);
    expect({ type: scale.type, domain: scale.domain, range: scale.range }).toEqual({ type: 'sqrt', domain: [0, 7], range: [0, 1] });
  });

  it('does not divide by zero when nothing is mentioned', () => {
    expect(emphasisScale([])(0)).toBe(0);
    expect(emphasisScale([0, 0]).domain).toEqual([0, 1]);
  });
});

describe('boundsOf', () => {
  it('gives Kazakhstan’s box rounded outwards so that it still contains the country', () => {
    expect(boundsOf([country('KAZ')])).toEqual([46.6, 40.6, 87.33, 55.39]);
  });

  it('spans both countries when given two', () => {
    const [w, s, e, n] = boundsOf([country('KAZ'), country('FRA')]);
    expect(w).toBeLessThan(-50);
    expect(e).toBeGreaterThan(87);
    expect(s).toBeLessThan(0);
    expect(n).toBeGreaterThan(55);
  });

  it('refuses an empty list', () => {
    expect(() => boundsOf([])).toThrow(RangeError);
  });
});
