import { describe, expect, it } from 'vitest';
import { clipRing } from '../../src/app/map/clipRing';

const box: [number, number, number, number] = [0, 0, 100, 50];
const extent = (ring: [number, number][]) => [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))];

describe('a ring cut to the view', () => {
  it('keeps a ring inside the box as it is', () => {
    const ring: [number, number][] = [[10, 10], [20, 10], [20, 20], [10, 10]];
    expect(clipRing(ring, box)).toEqual([[10, 10], [20, 10], [20, 20], [10, 10]]);
  });

  it('cuts a country far larger than the view to the view’s box', () => {
    const ring: [number, number][] = [[-500, -400], [700, -400], [700, 300], [-500, 300], [-500, -400]];
    expect(extent(clipRing(ring, box))).toEqual([0, 0, 100, 50]);
  });

  it('cuts an edge where it crosses the box, not at its ends', () => {
    const ring: [number, number][] = [[50, 25], [150, 25], [50, 40], [50, 25]];
    const cut = clipRing(ring, box);
    expect(Math.max(...cut.map((p) => p[0]))).toBe(100);
    expect(cut).toContainEqual([100, 25]);
  });

  it('leaves nothing of a ring wholly outside', () => {
    expect(clipRing([[200, 200], [300, 200], [300, 300], [200, 200]], box)).toEqual([]);
  });
});
