import type { Bbox } from '../../../src/shared/bbox';
import { describe, expect, it } from 'vitest';
import { fitBounds } from '../../../src/app/map/camera';
import { seedStory } from './seedCompiled';

const contains = ([w, s, e, n]: Bbox, [x, y]: [number, number]) => x >= w && x <= e && y >= s && y <= n;
const within = (inner: Bbox, [w, s, e, n]: Bbox) => inner[0] >= w && inner[1] >= s && inner[2] <= e && inner[3] <= n;

/** Map areas of the reader's layouts: phone (the map's share of 390×844), embed, laptop beside the panel. */
const SCREENS = [
  { width: 360, height: 420 },
  { width: 390, height: 470 },
  { width: 600, height: 330 },
  { width: 1024, height: 620 },
  { width: 1440, height: 810 },
];

describe('selecting a country frames the part of it that matters to the story', () => {
  const { layers } = seedStory();
  const frame = (id: string) => layers.countries.features.find((f) => f.properties.id === id)!.properties.frame as Bbox;

  it('frames Russia from Moscow to its border with Kazakhstan, not its whole hemisphere', () => {
    const russia = frame('RUS');
    expect(contains(russia, [37.62, 55.75])).toBe(true);
    const border = layers.borders.features.find((f) => f.properties.id === 'KAZ-RUS')!;
    const points = border.geometry.type === 'LineString' ? border.geometry.coordinates : border.geometry.coordinates.flat();
    for (const [x = 0, y = 0] of points) expect(contains(russia, [x, y])).toBe(true);
    expect(russia[2] - russia[0]).toBeLessThan(60);
  });

  it('frames the contiguous United States, with Washington, and not Alaska or Hawaii', () => {
    const usa = frame('USA');
    expect(within(usa, [-125.5, 24, -66, 50])).toBe(true);
    expect(contains(usa, [-77.04, 38.9])).toBe(true);
    expect(usa[2] - usa[0]).toBeGreaterThan(50);
  });

  it('frames metropolitan France, not its overseas territories or the Sahara', () => {
    const france = frame('FRA');
    expect(within(france, [-5.5, 41, 10, 51.5])).toBe(true);
    expect(contains(france, [2.35, 48.86])).toBe(true);
  });

  it('keeps every story country framed within a hemisphere and around its named places', () => {
    for (const country of layers.countries.features.filter((f) => f.properties.role !== 'context')) {
      const box = country.properties.frame as Bbox;
      expect(box[2] - box[0], country.properties.id).toBeLessThan(75);
      const places = layers.places.features.filter((p) => p.properties.country === country.properties.id && p.properties.kind !== 'region');
      for (const place of places) expect(contains(box, place.geometry.coordinates as [number, number]), `${place.properties.id} in ${country.properties.id}`).toBe(true);
    }
  });

  it.each(SCREENS)('fills a $width×$height map with the country, never a small whole-world view', (screen) => {
    for (const id of ['RUS', 'USA', 'FRA', 'KAZ', 'CHN', 'UKR']) {
      const { zoom } = fitBounds(frame(id), screen);
      expect(zoom, id).toBeGreaterThan(1.8);
    }
  });
});
