import type { Bbox } from '../../src/shared/bbox';
import { describe, expect, it } from 'vitest';
import { cameraFor, fitBounds, geometryBounds, projectionFor, REFERENCE_VIEWPORT, zoomAdjustment } from '../../src/app/map/camera';
import { compiledStories } from './compiledData';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

describe('fitBounds', () => {
  it('shows the whole world at zoom 0 on a 512 px square', () => {
    const { center, zoom } = fitBounds([-180, -85.05, 180, 85.05], { width: 512, height: 512 }, 0);
    expect(round(zoom)).toBe(0);
    expect(center[0]).toBeCloseTo(0, 6);
    expect(center[1]).toBeCloseTo(0, 6);
  });

  it('zooms one step in when the screen doubles', () => {
    const bounds: Bbox = [40, 35, 90, 55];
    const small = fitBounds(bounds, { width: 400, height: 300 }, 0).zoom;
    const large = fitBounds(bounds, { width: 800, height: 600 }, 0).zoom;
    expect(round(large - small)).toBe(1);
  });

  it('centres on the Mercator middle, north of the arithmetic middle', () => {
    const { center } = fitBounds([40, 30, 90, 60], { width: 800, height: 600 });
    expect(center[0]).toBe(65);
    expect(center[1]).toBeGreaterThan(45);
  });

  it('handles bounds across the antimeridian', () => {
    const { center } = fitBounds([170, 50, -170, 70], { width: 800, height: 600 });
    expect(round(Math.abs(center[0]))).toBe(180);
  });

  it('throws a clear error on invalid bounds', () => {
    expect(() => fitBounds([0, 10, 10, 0], { width: 100, height: 100 })).toThrow(/invalid bounds/);
    expect(() => fitBounds([Number.NaN, 0, 1, 1], { width: 100, height: 100 })).toThrow(/invalid bounds/);
  });
});

describe('cameraFor', () => {
  it("keeps the author's camera on the reference screen", () => {
    const camera = cameraFor({ bounds: [0, 0, 1, 1], camera: { center: [66, 45], zoom: 3.2 } }, REFERENCE_VIEWPORT);
    expect(camera).toEqual({ center: [66, 45], zoom: 3.2, bearing: 0, pitch: 0 });
  });

  it("zooms the author's camera out on a phone so the same area shows", () => {
    const phone = cameraFor({ bounds: [0, 0, 1, 1], camera: { center: [66, 45], zoom: 3.2 } }, { width: 390, height: 380 });
    expect(phone.zoom).toBeLessThan(3.2);
    // The narrower side decides: here the width.
    expect(round(phone.zoom)).toBe(round(3.2 + Math.log2(390 / REFERENCE_VIEWPORT.width)));
  });

  it('never zooms out by more than two steps, nor in by more than half a step', () => {
    expect(zoomAdjustment({ width: 10, height: 10 })).toBe(-2);
    expect(zoomAdjustment({ width: 10_000, height: 10_000 })).toBe(0.5);
  });

  it('fits the bounds when the step has no camera', () => {
    const camera = cameraFor({ bounds: [26, 30, 125, 62] }, { width: 1000, height: 700 });
    expect(camera.center[0]).toBeCloseTo(75.5, 5);
    expect(camera.zoom).toBeGreaterThan(1);
    expect(camera.zoom).toBeLessThan(4);
  });

  it('takes the covered part of the screen away before fitting', () => {
    const open = cameraFor({ bounds: [26, 30, 125, 62] }, { width: 1000, height: 700 });
    const covered = cameraFor({ bounds: [26, 30, 125, 62] }, { width: 1000, height: 700 }, { top: 0, right: 500, bottom: 0, left: 0 });
    expect(covered.zoom).toBeLessThan(open.zoom);
  });

  it('gives every step of the compiled story a finite camera on a laptop and on a phone', () => {
    for (const { manifest } of compiledStories()) {
      for (const step of manifest.steps) {
        for (const viewport of [{ width: 860, height: 707 }, { width: 390, height: 380 }]) {
          const camera = cameraFor(step, viewport);
          expect(camera.center.every(Number.isFinite), step.id).toBe(true);
          expect(camera.zoom, step.id).toBeGreaterThanOrEqual(0);
          expect(camera.zoom, step.id).toBeLessThanOrEqual(22);
        }
      }
    }
  });
});

describe('projectionFor', () => {
  it("draws the author's globe as a pure vertical perspective, never MapLibre's blend", () => {
    expect(projectionFor({ center: [0, 52], zoom: 1.3, projection: 'globe' })).toEqual({ type: 'vertical-perspective' });
  });

  it('otherwise keeps Mercator at every zoom, so labels and clicks stay on their features', () => {
    expect(projectionFor({ center: [0, 0], zoom: 3 })).toEqual({ type: 'mercator' });
    expect(projectionFor(undefined)).toEqual({ type: 'mercator' });
  });
});

describe('geometryBounds', () => {
  it('spans every ring of a multipolygon', () => {
    const bounds = geometryBounds({ type: 'MultiPolygon', coordinates: [[[[0, 0], [2, 1], [1, 3], [0, 0]]], [[[10, -5], [11, -4], [10, -4], [10, -5]]]] });
    expect(bounds).toEqual([0, -5, 11, 3]);
  });
  it('returns undefined for an empty geometry', () => {
    expect(geometryBounds({ type: 'MultiPolygon', coordinates: [] })).toBeUndefined();
  });
});
