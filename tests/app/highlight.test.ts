import { describe, expect, it } from 'vitest';
import { toMapData } from '../../src/app/data/mapData';
import { highlightCollection } from '../../src/app/map/highlight';
import { compiledStories } from './compiledData';

const [story] = compiledStories();
const { countries } = toMapData(story!.layers);

describe('the highlight source', () => {
  it('holds the selected and the hovered country, each marked as such, with its own outline', () => {
    const collection = highlightCollection(countries, { selected: ['KAZ'], hover: ['RUS'] });
    expect(collection.features.map((f) => [f.properties.id, f.properties.highlight]).sort()).toEqual([['KAZ', 'selected'], ['RUS', 'hover']]);
    const kaz = countries.features.find((f) => f.properties.id === 'KAZ')!;
    expect(collection.features.find((f) => f.properties.id === 'KAZ')!.geometry).toBe(kaz.geometry);
  });

  it('holds a country twice when it is both selected and hovered', () => {
    expect(highlightCollection(countries, { selected: ['KAZ'], hover: ['KAZ'] }).features).toHaveLength(2);
  });

  it('is empty when nothing is selected or hovered, and ignores ids it does not know', () => {
    expect(highlightCollection(countries, { selected: [], hover: ['ATLANTIS'] }).features).toEqual([]);
  });
});
