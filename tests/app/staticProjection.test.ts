import { geoArea, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { staticProjection, toD3Winding } from '../../src/app/map/staticProjection';
import { compiledStories } from './compiledData';

const size = { width: 960, height: 640 };

describe('staticProjection', () => {
  it('puts the corners of the bounds inside the drawing and a point outside them outside it', () => {
    const projection = staticProjection([28, 34, 118, 60], size);
    for (const corner of [[28, 34], [118, 34], [28, 60], [118, 60], [73, 47]] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(size.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(size.height);
    }
    const [x] = projection([-77, 39])!;
    expect(x < 0 || x > size.width).toBe(true);
  });
  it('throws a clear error on impossible bounds', () => {
    expect(() => staticProjection([0, 10, 5, -10], size)).toThrow(/invalid bounds/);
  });
});

describe('toD3Winding', () => {
  const [story] = compiledStories();
  const kaz = story!.layers.countries.features.find((f) => f.properties.id === 'KAZ')!;
  it('turns an RFC 7946 country into one d3 measures as small, not as the rest of the globe', () => {
    expect(geoArea(kaz.geometry)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(toD3Winding(kaz.geometry))).toBeLessThan(0.1);
  });
  it('does not mutate its input', () => {
    const frozen = JSON.stringify(kaz.geometry);
    toD3Winding(kaz.geometry);
    expect(JSON.stringify(kaz.geometry)).toBe(frozen);
  });
  it('draws Kazakhstan inside the story’s drawing', () => {
    const path = geoPath(staticProjection(story!.manifest.bounds, size));
    const [[x0, y0], [x1, y1]] = path.bounds(toD3Winding(kaz.geometry));
    expect(x0).toBeGreaterThan(0);
    expect(y0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(size.width);
    expect(y1).toBeLessThan(size.height);
  });
});
