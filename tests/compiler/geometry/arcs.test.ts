import { distance, length, lineString, midpoint, multiLineString, pointToLineDistance } from '@turf/turf';
import fc from 'fast-check';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, greatCirclePositions } from '../../../src/compiler/geometry';
import { largestStep } from './helpers';

const WASHINGTON: Position = [-77.04, 38.9];
const ASTANA: Position = [71.43, 51.13];
const TOKYO: Position = [139.69, 35.69];
const ANCHORAGE: Position = [-149.9, 61.22];
const AUCKLAND: Position = [174.76, -36.85];
const HONOLULU: Position = [-157.86, 21.31];

const parts = (arc: LineString | MultiLineString): Position[][] => (arc.type === 'LineString' ? [arc.coordinates] : arc.coordinates);
const km = (arc: LineString | MultiLineString): number =>
  length(arc.type === 'LineString' ? lineString(arc.coordinates) : multiLineString(arc.coordinates), { units: 'kilometers' });

describe('greatCircleArc', () => {
  it('draws Washington to Astana as one line over the Arctic, not across ±180', () => {
    const arc = greatCircleArc(WASHINGTON, ASTANA, { npoints: 64 });
    expect(arc.type).toBe('LineString');
    const north = Math.max(...parts(arc).flat().map((p) => p[1] ?? 0));
    expect(north).toBeGreaterThan(70);
  });

  it.each([
    ['Tokyo', TOKYO, 'Anchorage', ANCHORAGE],
    ['Auckland', AUCKLAND, 'Honolulu', HONOLULU],
  ])('splits %s to %s at ±180 into parts with no step longer than 180°', (_a, from, _b, to) => {
    const arc = greatCircleArc(from, to, { npoints: 64 });
    expect(arc.type).toBe('MultiLineString');
    expect(parts(arc)).toHaveLength(2);
    for (const part of parts(arc)) {
      expect(largestStep(part)).toBeLessThan(180);
      expect(part.every((p) => Math.abs(p[0] ?? 0) <= 180)).toBe(true);
    }
  });

  it.each([
    [WASHINGTON, ASTANA],
    [TOKYO, ANCHORAGE],
    [AUCKLAND, HONOLULU],
  ])('is as long as the great-circle distance within 0.5%% (%j → %j)', (from, to) => {
    const arc = greatCircleArc(from, to, { npoints: 128 });
    expect(km(arc) / distance(from, to, { units: 'kilometers' })).toBeCloseTo(1, 2);
    expect(Math.abs(km(arc) / distance(from, to, { units: 'kilometers' }) - 1)).toBeLessThan(0.005);
  });

  it('passes through the great-circle midpoint', () => {
    const positions = greatCirclePositions(WASHINGTON, ASTANA, 65);
    const middle = positions[32] as Position;
    expect(distance(middle, midpoint(WASHINGTON, ASTANA), { units: 'kilometers' })).toBeLessThan(1);
  });

  it('starts and ends at the given points', () => {
    const all = parts(greatCircleArc(TOKYO, ANCHORAGE)).flat();
    expect(all[0]).toEqual(TOKYO);
    expect(all[all.length - 1]).toEqual(ANCHORAGE);
  });

  it('stays within [-180, 180] and near the true great circle for any two points', () => {
    const point = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }));
    fc.assert(
      fc.property(point, point, (from, to) => {
        const d = distance(from, to, { units: 'kilometers' });
        fc.pre(d > 100 && d < 19000);
        const arc = greatCircleArc(from, to, { npoints: 128 });
        const coords = parts(arc);
        expect(coords.every((part) => largestStep(part) <= 180 && part.every((p) => Math.abs(p[0] ?? 0) <= 180))).toBe(true);
        expect(Math.abs(km(arc) / d - 1)).toBeLessThan(0.005);
        const mid = midpoint(from, to);
        const nearest = Math.min(...coords.map((part) => pointToLineDistance(mid, lineString(part), { units: 'kilometers' })));
        expect(nearest).toBeLessThan(d * 0.002 + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses antipodal points, which have no single great circle', () => {
    expect(() => greatCircleArc([0, 0], [180, 0])).toThrow(RangeError);
  });
});
