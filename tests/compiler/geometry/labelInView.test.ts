import { describe, expect, it } from 'vitest';
import { REFERENCE_VIEWPORT } from '../../../src/shared/contract';
import { labelInView, labelPoint, viewBox } from '../../../src/compiler/geometry';
import { firstView } from '../../../src/compiler/story/firstView';
import { compiledStories } from '../../app/compiledData';
import { country } from './helpers';

const SEED_CAMERA = { center: [66, 45] as [number, number], zoom: 3.2 };
const inside = ([lon, lat]: number[], [w, s, e, n]: number[]) => lon! >= w! && lon! <= e! && lat! >= s! && lat! <= n!;

describe('the box a camera shows', () => {
  it('is as wide as MapLibre draws it: 860 px at zoom 3.2 cover 65.8° of longitude around the centre', () => {
    const [west, south, east, north] = viewBox(SEED_CAMERA, REFERENCE_VIEWPORT);
    expect(east - west).toBeCloseTo((360 * 860) / (512 * 2 ** 3.2), 6);
    expect((west + east) / 2).toBeCloseTo(66, 6);
    // Mercator: more degrees of latitude below the centre than above it.
    expect(45 - south).toBeGreaterThan(north - 45);
  });
});

describe('a country’s name in the first view', () => {
  const view = firstView([28, 34, 118, 60], SEED_CAMERA);

  it('stays where it always goes when that is in view (Kazakhstan)', () => {
    const usual = labelPoint(country('KAZ'));
    expect(labelInView(country('KAZ'), usual, view)).toEqual(usual);
  });

  it('moves into the part of the country the reader sees when it would be off the map (Russia)', () => {
    const usual = labelPoint(country('RUS'));
    expect(inside(usual, view)).toBe(false);
    const moved = labelInView(country('RUS'), usual, view);
    expect(inside(moved, view)).toBe(true);
  });

  it('stays put when only a sliver of the country is in view (Mongolia), rather than squeeze into the edge', () => {
    const usual = labelPoint(country('MNG'));
    expect(labelInView(country('MNG'), usual, view)).toEqual(usual);
  });
});

describe('the seed story’s first view', () => {
  it('names the host, the five Central Asian states and both rivals inside it', () => {
    const [{ manifest, layers }] = compiledStories() as [ReturnType<typeof compiledStories>[number]];
    const view = firstView(manifest.bounds, manifest.camera);
    const named = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS', 'CHN'];
    const outside = layers.labels.features.filter((f) => named.includes(f.properties.id) && !inside(f.geometry.coordinates, view));
    expect(outside.map((f) => f.properties.id)).toEqual([]);
  });
});
