import { describe, expect, it } from 'vitest';
import { emphasisScale } from '../../../src/compiler/geometry';

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
