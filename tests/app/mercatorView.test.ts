import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cameraFor } from '../../src/app/map/camera';
import { formatTenths, mercatorProjector, pathData } from '../../src/app/map/mercatorView';
import { compiledStories } from './compiledData';

const viewport = Object.freeze({ width: 390, height: 600 });

describe('mercatorProjector', () => {
  it('puts the camera centre at the middle of the view', () => {
    const project = mercatorProjector({ center: [65, 45], zoom: 2.3 }, viewport);
    const [x, y] = project([65, 45]);
    expect(x).toBeCloseTo(195, 9);
    expect(y).toBeCloseTo(300, 9);
  });

  it('spans 512 × 2^zoom pixels per turn of longitude, as MapLibre does', () => {
    const project = mercatorProjector({ center: [0, 0], zoom: 1 }, viewport);
    expect(project([90, 0])[0] - project([-90, 0])[0]).toBeCloseTo(512, 9);
  });

  it('puts the corners of a fitted story inside the view, 24 px in', () => {
    const [story] = compiledStories();
    const camera = cameraFor({ bounds: story!.manifest.bounds }, viewport);
    const project = mercatorProjector(camera, viewport);
    const [west, south, east, north] = story!.manifest.bounds;
    const [x0, y1] = project([west, south]);
    const [x1, y0] = project([east, north]);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(24 - 1e-6);
    expect(x1).toBeLessThanOrEqual(viewport.width - 24 + 1e-6);
    expect(y1).toBeLessThanOrEqual(viewport.height - 24 + 1e-6);
  });
});

describe('formatTenths', () => {
  it('writes tenths as the shortest decimal without a leading zero, as String and a regular expression did', () => {
    const byRegex = (tenths: number) => String(tenths / 10).replace(/^(-?)0\./, '$1.');
    expect([-15, -5, -0, 0, 3, 10, 123457].map(formatTenths)).toEqual(['-1.5', '-.5', '0', '0', '.3', '1', '12345.7']);
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (tenths) => formatTenths(tenths) === byRegex(tenths)), { numRuns: 2000 });
  });
});

describe('pathData', () => {
  const project = mercatorProjector({ center: [0, 0], zoom: 2 }, viewport);
  it('closes each ring of an area and leaves lines open', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    expect(pathData(square, project, viewport)).toMatch(/^M[^M]+z$/);
    expect(pathData({ type: 'LineString', coordinates: [[0, 0], [10, 10]] }, project, viewport)).toBe('M195,300l56.9,-57.2');
  });

  it('writes each step from the last rounded point, so a long line ends where the projection puts it', () => {
    const coordinates = Array.from({ length: 200 }, (_, i) => [i * 0.37, Math.sin(i) * 3]);
    const steps = pathData({ type: 'LineString', coordinates }, project, viewport).slice(1).split(/[l ]/).map((pair) => pair.split(',').map(Number));
    const end = steps.reduce<number[]>(([x = 0, y = 0], [dx = 0, dy = 0]) => [x + dx, y + dy], [0, 0]);
    const [x, y] = project(coordinates.at(-1)!);
    // Each point is rounded to a tenth of a pixel, once: the error does not add up along the line.
    expect(Math.abs(end[0]! - x)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(Math.abs(end[1]! - y)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('writes a pre-rendered frame (drawn with a bleed) to the whole pixel, and a measured view to the tenth', () => {
    const line = { type: 'LineString' as const, coordinates: [[0, 0], [10, 10], [10.1, 10.05], [20, 0]] };
    const numbers = (d: string) => d.match(/-?[\d.]+/g)!;
    expect(numbers(pathData(line, project, viewport)).some((n) => n.includes('.'))).toBe(true);
    const coarse = pathData(line, project, viewport, { x: 10, y: 10 });
    expect(numbers(coarse).every((n) => !n.includes('.'))).toBe(true);
    // The point less than a pixel from the last one kept is left out.
    expect(numbers(coarse)).toHaveLength(numbers(pathData(line, project, viewport)).length - 2);
  });

  it('draws past the view by the bleed asked for', () => {
    const east = { type: 'LineString' as const, coordinates: [[60, 0], [70, 0]] };
    expect(pathData(east, project, viewport)).toBe('');
    expect(pathData(east, project, viewport, { x: 400, y: 0 })).toMatch(/^M/);
  });

  it('leaves out what lies wholly outside the view', () => {
    const far = { type: 'MultiPolygon' as const, coordinates: [[[[150, 0], [160, 0], [160, 10], [150, 0]]], [[[0, 0], [1, 0], [1, 1], [0, 0]]]] };
    expect(pathData(far, project, viewport).match(/M/g)).toHaveLength(1);
    expect(pathData({ type: 'LineString', coordinates: [[150, 0], [160, 10]] }, project, viewport)).toBe('');
  });

  it('does not mutate its input', () => {
    const line = Object.freeze({ type: 'LineString' as const, coordinates: Object.freeze([Object.freeze([0, 0]), Object.freeze([10, 10])]) });
    expect(() => pathData(line as never, project, viewport)).not.toThrow();
  });
});
