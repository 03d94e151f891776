import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readWorldAtlas as loadWorldAtlas } from '../../../src/shell/readAtlas';
import { countriesObject } from '../../../src/compiler/geometry/types';
import { UN_MEMBERS, UN_OBSERVERS } from '../../../src/compiler/geometry/unMembers';
import { applyWorldView, DISPUTED_REGIONS, worldViewOf } from '../../../src/compiler/geometry/worldView';
import { seedStory } from './seedCompiled';

const a3sOf = (scale: '50m' | '110m', topology = loadWorldAtlas(scale)) =>
  countriesObject(topology).geometries.map((geometry) => (geometry.properties as { a3?: string } | undefined)?.a3 ?? '');

describe('the world view follows UN membership, as AFP does', () => {
  it('knows 193 member states and 2 observers', () => {
    expect(UN_MEMBERS.size).toBe(193);
    expect([...UN_OBSERVERS].sort()).toEqual(['PSE', 'VAT']);
  });

  it.each(['50m', '110m'] as const)('lists every %s feature that is not a UN member or observer, and how each is drawn', (scale) => {
    const drawnAs = Object.fromEntries(a3sOf(scale).filter((a3) => !UN_MEMBERS.has(a3) && !UN_OBSERVERS.has(a3)).map((a3) => [a3, worldViewOf(a3)]));
    const disputed = Object.fromEntries(Object.entries(drawnAs).filter(([, kind]) => kind !== 'dependency'));
    expect(disputed).toEqual(
      scale === '50m'
        ? { CYN: 'part-of', SOL: 'part-of', XKX: 'part-of', KAS: 'part-of', ESH: 'territory', TWN: 'territory' }
        : { CYN: 'part-of', SOL: 'part-of', XKX: 'part-of', ESH: 'territory', TWN: 'territory' },
    );
    // Every other one is a territory under a member's flag, drawn as land of its own.
    expect(Object.keys(drawnAs).filter((a3) => drawnAs[a3] === 'dependency')).toEqual(expect.arrayContaining(['GRL', 'PRI', 'ATA', 'NCL']));
  });

  it.each(['50m', '110m'] as const)('merges Northern Cyprus, Somaliland, Kosovo and the Siachen glacier into their UN states (%s)', (scale) => {
    const merged = a3sOf(scale, applyWorldView(loadWorldAtlas(scale)));
    for (const a3 of ['CYN', 'SOL', 'XKX', 'KAS']) expect(merged).not.toContain(a3);
    for (const a3 of ['CYP', 'SOM', 'SRB', 'IND', 'ESH', 'TWN']) expect(merged).toContain(a3);
  });
});

describe('the seed story drawn under that world view', () => {
  const { layers } = seedStory();
  const country = (id: string) => layers.countries.features.find((f) => f.properties.id === id);

  it('names no country that is not one: no "N. Cyprus", no "Siachen Glacier", no English-only label', () => {
    const labels = layers.labels.features.map((f) => f.properties);
    expect(labels.map((l) => l.id)).not.toEqual(expect.arrayContaining(['CYN']));
    expect(labels.map((l) => l.id)).not.toContain('KAS');
    for (const label of labels) expect(['member', 'observer'], label.id).toContain(worldViewOf(label.id));
  });

  it('draws Crimea and the Donbas inside Ukraine', () => {
    const ukraine = country('UKR')!;
    const russia = country('RUS')!;
    for (const point of [[34.1, 44.95], [37.8, 48.0]] as Position[]) {
      expect(booleanPointInPolygon(point, ukraine)).toBe(true);
      expect(booleanPointInPolygon(point, russia)).toBe(false);
    }
  });

  it('draws the Kashmir lines dashed, as disputed, and never as international borders', () => {
    const [west, south, east, north] = DISPUTED_REGIONS[0].bbox;
    const inKashmir = ([x = 0, y = 0]: Position) => x > west && x < east && y > south && y < north;
    const kashmirBorders = layers.borders.features.filter((f) => ['IND-PAK', 'CHN-IND', 'CHN-PAK'].includes(f.properties.id));
    // India's borders keep their parts outside Kashmir; China–Pakistan lies wholly in Gilgit-Baltistan, claimed by India.
    expect(kashmirBorders.map((f) => f.properties.id).sort()).toEqual(['CHN-IND', 'IND-PAK']);
    for (const border of kashmirBorders) {
      const lines = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;
      const midpoints = lines.flatMap((line) => line.slice(1).map((p, i) => [(p[0]! + line[i]![0]!) / 2, (p[1]! + line[i]![1]!) / 2]));
      expect(midpoints.filter(inKashmir), border.properties.id).toEqual([]);
    }
    const disputed = layers.boundaries.features.find((f) => f.properties.kind === 'disputed')!;
    const points = JSON.stringify(disputed.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/g)!.map((pair) => pair.split(',').map(Number));
    // The Line of Control near Srinagar, and Aksai Chin.
    expect(points.some(([x = 0, y = 0]) => Math.abs(x - 74.3) < 0.6 && Math.abs(y - 34.4) < 0.6)).toBe(true);
    expect(points.some(([x = 0, y = 0]) => Math.abs(x - 79.3) < 0.7 && Math.abs(y - 35.2) < 0.8)).toBe(true);
    // The Western Sahara line and the Cyprus buffer zone come from the policy itself.
    expect(points.some(([x = 0, y = 0]) => Math.abs(x + 8.7) < 0.3 && Math.abs(y - 27.67) < 0.3)).toBe(true);
    expect(points.some(([x = 0, y = 0]) => Math.abs(x - 33.4) < 0.6 && Math.abs(y - 35.15) < 0.2)).toBe(true);
  });

  it('draws all other land beneath the story, so no continent is sea', () => {
    const drawn = new Set(layers.countries.features.map((f) => f.properties.id));
    const land = layers.land.features;
    for (const id of ['POL', 'DEU', 'ITA', 'NGA', 'CAN', 'KOR', 'BRA', 'AUS']) {
      expect(drawn.has(id) || land.some((f) => f.properties.id === id), id).toBe(true);
    }
    for (const feature of land) expect(drawn.has(feature.properties.id), feature.properties.id).toBe(false);
  });
});
