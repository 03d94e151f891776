import { bboxPolygon } from '@turf/bbox-polygon';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { crossesAntimeridian, unwrapPolygon } from '../../../src/compiler/geometry/antimeridian';
import { clipRingToBand, trimOutside } from '../../../src/compiler/geometry/bandClip';
import { applyWorldView } from '../../../src/compiler/geometry/worldView';
import { polygonsOf, ringBbox } from '../../../src/compiler/geometry/polygons';
import { FAR_TOLERANCE, DISPLAY_TOLERANCE, topologySimplifier } from '../../../src/compiler/geometry/simplifyTopology';
import type { AreaGeometry, PolygonCoords, WorldTopology } from '../../../src/compiler/geometry/types';
import { readWorldAtlases } from '../../../src/shell/readAtlas';

/** What the compiler did before: polyclip through turf. The walk must give exactly this, or step aside. */
function polyclip(polygon: PolygonCoords, west: number, east: number): PolygonCoords[] {
  const clipped = intersect(featureCollection([turfPolygon(polygon), bboxPolygon([west, -90, east, 90])]));
  return clipped ? polygonsOf(clipped.geometry) : [];
}

/** The atlas's polygons that cross ±180, unwrapped as splitPolygonAtAntimeridian unwraps them, with the bands it clips them to. */
function crossingPolygons(topology: WorldTopology): { polygon: PolygonCoords; west: number; east: number }[] {
  const countries = feature(topology, topology.objects.countries);
  return countries.features.flatMap((country) =>
    country.geometry === null
      ? []
      : polygonsOf(country.geometry as AreaGeometry).flatMap((original) => {
          if (!original.some(crossesAntimeridian)) return [];
          const polygon = unwrapPolygon(original);
          const [w, , e] = ringBbox(polygon[0] ?? []);
          const bands = [];
          for (let copy = Math.floor((w + 180) / 360); copy <= Math.ceil((e - 180) / 360); copy++) bands.push({ polygon, west: -180 + 360 * copy, east: 180 + 360 * copy });
          return bands;
        }),
  );
}

describe('clipRingToBand gives what polyclip gives', () => {
  const atlases = readWorldAtlases();
  const regions: ([number, number, number, number] | undefined)[] = [undefined, [40, 30, 90, 60], [100, 40, 180, 75], [-180, 50, -160, 75], [20, 40, 60, 70]];
  const cases = [atlases.fine, atlases.coarse, applyWorldView(atlases.fine), applyWorldView(atlases.coarse)].flatMap((atlas) => {
    const simplify = topologySimplifier(atlas);
    const simplified = [atlas, ...[DISPLAY_TOLERANCE, FAR_TOLERANCE, 0.05, 0.3].flatMap((tolerance) => regions.map((region) => simplify({ tolerance, farTolerance: FAR_TOLERANCE, region }).topology))];
    return simplified.flatMap(crossingPolygons);
  });

  it('on every ring of both atlases that crosses ±180, simplified as the compiler simplifies them', () => {
    let left = 0;
    for (const { polygon, west, east } of cases) {
      const fast = clipRingToBand(polygon, west, east);
      const expected = polyclip(polygon, west, east);
      if (fast !== undefined) expect(fast).toEqual(expected);
      else {
        // Left to polyclip (rings that cross themselves, or touch the edge from outside): trimmed first.
        left++;
        expect(polyclip(trimOutside(polygon, west, east), west, east)).toEqual(expected);
      }
    }
    expect(left).toBeLessThan(cases.length / 4);
  });

  it('on star-shaped rings cut into several pieces, with points in line and on shared latitudes', () => {
    // A star around a centre near the edge, its radii drawn at random, some points snapped to a few
    // latitudes so that runs of points lie exactly in line.
    const star = fc.record({
      cx: fc.double({ min: 170, max: 190, noNaN: true }),
      cy: fc.double({ min: -60, max: 60, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.5, max: 20, noNaN: true }), { minLength: 3, maxLength: 40 }),
      snap: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      reverse: fc.boolean(),
      east: fc.boolean(),
    });
    let walked = 0;
    fc.assert(
      fc.property(star, ({ cx, cy, radii, snap, reverse, east }) => {
        const points: Position[] = radii.map((r, i) => {
          const angle = (2 * Math.PI * i) / radii.length;
          const y = cy + r * Math.sin(angle);
          return [cx + r * Math.cos(angle), snap[i] ? Math.round(y) : y];
        });
        const ring = reverse ? points.reverse() : points;
        ring.push([...(ring[0] ?? [])]);
        const [west, eastEdge] = east ? [-180, 180] : [180, 540];
        const fast = clipRingToBand([ring], west, eastEdge);
        if (fast === undefined) return;
        walked++;
        expect(fast).toEqual(polyclip([ring], west, eastEdge));
      }),
      { numRuns: 400, seed: 13 },
    );
    expect(walked).toBeGreaterThan(200);
  });

  it('trims only what polyclip does not use, on star-shaped rings twisted here and there', () => {
    const twisted = fc.record({
      cx: fc.double({ min: 170, max: 190, noNaN: true }),
      cy: fc.double({ min: -60, max: 60, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.5, max: 20, noNaN: true }), { minLength: 6, maxLength: 60 }),
      swaps: fc.array(fc.nat(59), { maxLength: 4 }),
      east: fc.boolean(),
    });
    let trimmed = 0;
    fc.assert(
      fc.property(twisted, ({ cx, cy, radii, swaps, east }) => {
        const ring: Position[] = radii.map((r, i) => {
          const angle = (2 * Math.PI * i) / radii.length;
          return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
        });
        for (const swap of swaps) {
          const i = swap % (ring.length - 1);
          [ring[i], ring[i + 1]] = [ring[i + 1]!, ring[i]!];
        }
        ring.push([...(ring[0] ?? [])]);
        const [west, eastEdge] = east ? [-180, 180] : [180, 540];
        const trim = trimOutside([ring], west, eastEdge);
        if (trim[0]!.length < ring.length) trimmed++;
        const expected = polyclip([ring], west, eastEdge);
        expect(polyclip(trim, west, eastEdge)).toEqual(expected);
        const fast = clipRingToBand([ring], west, eastEdge);
        if (fast !== undefined) expect(fast).toEqual(expected);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(trimmed).toBeGreaterThan(100);
  });

  it('steps aside for what it does not cover: holes, a point on the edge, a ring that crosses itself', () => {
    const square: Position[] = [[170, 0], [190, 0], [190, 10], [170, 10], [170, 0]];
    const hole: Position[] = [[175, 2], [176, 2], [176, 3], [175, 2]];
    expect(clipRingToBand([square, hole], -180, 180)).toBeUndefined();
    expect(clipRingToBand([[[170, 0], [190, 0], [190, 10], [180, 5], [190, 1], [170, 10], [170, 0]]], -180, 180)).toBeUndefined();
    expect(clipRingToBand([[[170, 0], [190, 10], [190, 0], [170, 10], [170, 0]]], -180, 180)).toBeUndefined();
    expect(clipRingToBand([square], -180, 180)).toEqual(polyclip([square], -180, 180));
    // A point on the edge that the ring passes through is a crossing, as on Russia's ring at 180°.
    const through: Position[] = [[170, 0], [180, 5], [190, 0], [190, 10], [170, 10], [170, 0]];
    expect(clipRingToBand([through], -180, 180)).toEqual(polyclip([through], -180, 180));
    expect(clipRingToBand([through], 180, 540)).toEqual(polyclip([through], 180, 540));
  });
});
