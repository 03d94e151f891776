import { readFileSync } from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { normalizeAreaGeometry } from '../../../src/compiler/geometry';
import { deepFreeze } from './helpers';

const FIXTURES = new URL('../../fixtures/geometry/', import.meta.url);
const island = deepFreeze(JSON.parse(readFileSync(new URL('antimeridian-island.geojson', FIXTURES), 'utf8')) as Feature<Polygon>);

describe('normalizeAreaGeometry on a hand-made island across ±180', () => {
  it('matches the reviewed golden output', async () => {
    const output = { ...island, geometry: normalizeAreaGeometry(island.geometry) };
    await expect(`${JSON.stringify(output, null, 2)}\n`).toMatchFileSnapshot('../../fixtures/geometry/antimeridian-island.expected.geojson');
  });

  it('splits the island in two, one piece on each side of ±180', () => {
    const geometry = normalizeAreaGeometry(island.geometry);
    expect(geometry?.type).toBe('MultiPolygon');
    const sides = geometry?.type === 'MultiPolygon' ? geometry.coordinates.map((polygon) => Math.sign(polygon[0]?.[0]?.[0] ?? 0)) : [];
    expect(sides.sort()).toEqual([-1, 1]);
  });
});
