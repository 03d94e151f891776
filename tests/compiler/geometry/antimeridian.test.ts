import { area, booleanClockwise, polygon } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossesAntimeridian, splitLineAtAntimeridian, splitPolygonAtAntimeridian } from '../../../src/compiler/geometry';
import { country, largestStep, ringsOf, world } from './helpers';

describe('worldCountries and the antimeridian', () => {
  it('leaves no ring of any country with two consecutive points more than 180° apart in longitude', () => {
    const offenders = [...world().countries.values()].flatMap((f) =>
      ringsOf(f).filter(({ ring }) => largestStep(ring) > 180).map(() => f.properties.a3),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every longitude within [-180, 180]', () => {
    const outside = [...world().countries.values()].filter((f) => ringsOf(f).some(({ ring }) => ring.some((p) => Math.abs(p[0] ?? 0) > 180)));
    expect(outside.map((f) => f.properties.a3)).toEqual([]);
  });

  it.each(['RUS', 'FJI'])('splits %s into polygons on each side of ±180', (a3) => {
    const rings = ringsOf(country(a3));
    expect(rings.every(({ ring }) => largestStep(ring) <= 180)).toBe(true);
    expect(rings.some(({ ring }) => ring.some((p) => p[0] === 180))).toBe(true);
    expect(rings.some(({ ring }) => ring.some((p) => p[0] === -180))).toBe(true);
  });

  it('puts Chukotka east of the antimeridian, in the western hemisphere', () => {
    const western = ringsOf(country('RUS')).filter(({ ring, hole }) => !hole && ring.every((p) => (p[0] ?? 0) < 0));
    const chukotka = western.find(({ ring }) => ring.some((p) => (p[0] ?? 0) > -170 && (p[1] ?? 0) > 65));
    expect(chukotka).toBeDefined();
  });

  it('keeps Russia about as large as it is (17 million km² give or take)', () => {
    expect(area(country('RUS')) / 1e6).toBeGreaterThan(16.5e6);
    expect(area(country('RUS')) / 1e6).toBeLessThan(17.2e6);
  });

  it('closes every ring and keeps at least four positions in it', () => {
    for (const f of world().countries.values()) {
      for (const { ring } of ringsOf(f)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
    }
  });

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946 right-hand rule)', () => {
    const wrong = [...world().countries.values()].flatMap((f) =>
      ringsOf(f).filter(({ ring, hole }) => booleanClockwise(ring) !== hole).map(() => f.properties.a3),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps no more than 3 decimals and no consecutive duplicate positions', () => {
    for (const f of world().countries.values()) {
      for (const { ring } of ringsOf(f)) {
        expect(ring.every((p) => p.every((x) => Math.round(x * 1000) / 1000 === x))).toBe(true);
        expect(ring.some((p, i) => i > 0 && p[0] === ring[i - 1]?.[0] && p[1] === ring[i - 1]?.[1])).toBe(false);
      }
    }
  });

  it('keeps every country of the atlas except the two its quantisation collapsed to a point', () => {
    const all = world().topology.objects.countries.geometries.map((g) => (g.properties as { a3?: string } | undefined)?.a3);
    const missing = all.filter((a3) => a3 && !world().countries.has(a3));
    expect(missing.sort()).toEqual(['ATC', 'VAT']);
  });
});

describe('splitPolygonAtAntimeridian', () => {
  it('returns a polygon that does not cross unchanged', () => {
    const square = [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]];
    expect(splitPolygonAtAntimeridian(square)).toEqual([square]);
  });

  it('splits any box straddling ±180 into two pieces with the same total area', () => {
    const box = fc.record({ west: fc.double({ min: 150, max: 179.5, noNaN: true }), width: fc.double({ min: 1, max: 40, noNaN: true }), south: fc.double({ min: -60, max: 50, noNaN: true }) });
    fc.assert(
      fc.property(box, ({ west, width, south }) => {
        const east = west + width > 180 ? west + width - 360 : west + width;
        fc.pre(east < 0);
        const ring = [[west, south], [east, south], [east, south + 10], [west, south + 10], [west, south]];
        const pieces = splitPolygonAtAntimeridian([ring]);
        const unwrapped = polygon([[[west, south], [west + width, south], [west + width, south + 10], [west, south + 10], [west, south]]]);
        const total = pieces.reduce((sum, piece) => sum + area(polygon(piece)), 0);
        expect(pieces).toHaveLength(2);
        expect(pieces.every((piece) => piece.every((r) => !crossesAntimeridian(r)))).toBe(true);
        expect(total / area(unwrapped)).toBeCloseTo(1, 6);
      }),
    );
  });
});

describe('splitLineAtAntimeridian', () => {
  it('splits a line crossing ±180 at the interpolated latitude', () => {
    expect(splitLineAtAntimeridian([[170, 0], [-170, 10]])).toEqual([
      [[170, 0], [180, 5]],
      [[-180, 5], [-170, 10]],
    ]);
  });

  it('does not split a line that touches ±180 and turns back', () => {
    expect(splitLineAtAntimeridian([[170, 0], [180, 5], [170, 10]])).toEqual([[[170, 0], [180, 5], [170, 10]]]);
  });
});
