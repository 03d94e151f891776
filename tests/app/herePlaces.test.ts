import { describe, expect, it } from 'vitest';
import { herePlaces } from '../../src/app/data/herePlaces';

const place = (id: string, kind: string, country: string, focus?: boolean) => ({ properties: { id, kind, country, ...(focus ? { focus } : {}) } });
const layers = (places: ReturnType<typeof place>[]) =>
  ({ countries: { features: [{ properties: { id: 'CHN', role: 'host' } }] }, places: { features: places } }) as unknown as Parameters<typeof herePlaces>[0];

describe('the place ringed as where the story happens', () => {
  it('is the host capital when the story names no focus', () => {
    expect([...herePlaces(layers([place('beijing', 'capital', 'CHN'), place('xian', 'city', 'CHN')]))]).toEqual(['beijing']);
  });

  it('is the focus alone when the story names one, even a city that is not a capital', () => {
    expect([...herePlaces(layers([place('beijing', 'capital', 'CHN'), place('xian', 'city', 'CHN', true)]))]).toEqual(['xian']);
  });
});
