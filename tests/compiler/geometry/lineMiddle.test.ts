import { describe, expect, it } from 'vitest';
import { lineMiddle } from '../../../src/compiler/geometry/lineMiddle';

describe('lineMiddle', () => {
  it('is the first vertex at or past half the line’s length', () => {
    expect(lineMiddle(Object.freeze({ type: 'LineString', coordinates: [[0, 0], [1, 0], [4, 0], [10, 0]] }))).toEqual([10, 0]);
    expect(lineMiddle({ type: 'LineString', coordinates: [[0, 0], [5, 0], [6, 0], [10, 0]] })).toEqual([5, 0]);
  });

  it('walks the part of a multi-line with the most vertices', () => {
    expect(lineMiddle({ type: 'MultiLineString', coordinates: [[[50, 50], [90, 50]], [[0, 0], [1, 0], [2, 0]]] })).toEqual([1, 0]);
  });

  it('is undefined for a line with no vertices', () => {
    expect(lineMiddle({ type: 'MultiLineString', coordinates: [] })).toBeUndefined();
  });
});
