import { describe, expect, it } from 'vitest';
import type { Bbox } from '../../../src/shared/bbox';
import { countriesByIso, DISPLAY_TOLERANCE, FAR_TOLERANCE, topologySimplifier } from '../../../src/compiler/geometry';
import { loadWorld } from '../../../src/shell/loadWorld';
import { simplifyTopology, world } from './helpers';

// Visited in this order so that later regions meet arcs and shapes kept from earlier ones.
const REGIONS: [string, Bbox][] = [
  ['Central Asia', [28, 34, 118, 60]],
  ['the Pacific across the antimeridian (Fiji, Russia’s far east)', [160, -25, 190, 70]],
  ['Western Europe', [-12, 35, 20, 60]],
  ['Central Asia again', [28, 34, 118, 60]],
];
const COUNTRIES = ['KAZ', 'RUS', 'FJI', 'FRA', 'CHN', 'USA'];

describe('simplifying the atlas once for many regions', () => {
  const simplifier = topologySimplifier(world().topology);

  it.each(REGIONS)('gives the same arcs as simplifying afresh, for %s', (_name, region) => {
    const options = { tolerance: DISPLAY_TOLERANCE, farTolerance: FAR_TOLERANCE, region };
    expect(simplifier(options).topology.arcs).toEqual(simplifyTopology(world().topology, options).arcs);
  });

  it.each(REGIONS)('gives the same country shapes as converting afresh, for %s', (_name, region) => {
    const byIso = (countries: { properties: { a3: string } }[]) => [...countries].sort((a, b) => a.properties.a3.localeCompare(b.properties.a3));
    const fresh = countriesByIso(simplifyTopology(world().topology, { tolerance: DISPLAY_TOLERANCE, farTolerance: FAR_TOLERANCE, region }), COUNTRIES);
    expect(byIso(loadWorld().display(region).countries(COUNTRIES))).toEqual(byIso(fresh));
  });
});
