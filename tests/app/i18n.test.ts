import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/en';
import { fr } from '../../src/app/i18n/fr';
import { formatStoryDate, parseStoryDate, publishedLine } from '../../src/app/format/dates';
import { timelineDomain, timelineGroups } from '../../src/app/format/timeline';
import type { StoryEvent } from '../../src/shared/contract';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  return typeof value;
}

describe('i18n', () => {
  it('English has exactly the French keys', () => {
    expect(shape(en)).toEqual(shape(fr));
  });
  it('plural forms count', () => {
    expect(fr.mentions(1)).toBe('1 mention');
    expect(en.mentions(3)).toBe('3 mentions');
  });
});

describe('dates', () => {
  it('reads days and months', () => {
    expect(parseStoryDate('2023-02-28')).toEqual({ date: new Date(Date.UTC(2023, 1, 28)), precision: 'day' });
    expect(parseStoryDate('2022-09')?.precision).toBe('month');
    expect(parseStoryDate('yesterday')).toBeUndefined();
  });
  it('says "Publié le" before a day, "Publié en" before a month, and nothing for a missing date', () => {
    expect(publishedLine('2023-02-28', 'fr-FR', fr)).toEqual({ label: 'Publié le', date: '28 février 2023' });
    expect(publishedLine('2024-05', 'fr-FR', fr)).toEqual({ label: 'Publié en', date: 'mai 2024' });
    expect(publishedLine('2024-05', 'en-GB', en)).toEqual({ label: 'Published in', date: 'May 2024' });
    expect(publishedLine('unknown', 'fr-FR', fr)).toBeNull();
  });
  it('formats with the locale, a month without a day', () => {
    expect(formatStoryDate('2023-02-28', 'fr-FR')).toBe('28 février 2023');
    expect(formatStoryDate('2022-09', 'en-GB')).toBe('September 2022');
  });
});

describe('timelineGroups', () => {
  it('places events on 0..100 and groups same-day events', () => {
    const events = [
      { id: 'a', date: '2022-02-24' },
      { id: 'b', date: '2023-02-28' },
      { id: 'c', date: '2023-02-28' },
    ] as StoryEvent[];
    const groups = timelineGroups(events);
    expect(groups.map((g) => g.events.length)).toEqual([1, 2]);
    expect(groups[1]!.x).toBe(100);
    expect(groups[0]!.x).toBeGreaterThan(0);
    expect(timelineDomain(events).map((date) => date.toISOString().slice(0, 10))).toEqual(['2022-02-01', '2023-02-28']);
  });

  it('spans any story’s own dates, and a month either side of a single date', () => {
    const single = [{ id: 'a', date: '2024-05' }] as StoryEvent[];
    expect(timelineDomain(single).map((date) => date.toISOString().slice(0, 7))).toEqual(['2024-03', '2024-06']);
    expect(timelineGroups(single)[0]!.x).toBeGreaterThan(40);
    expect(timelineGroups(single)[0]!.x).toBeLessThan(60);
  });
});

describe('timelineGroups with a minimum gap', () => {
  it('merges marks closer than the gap, keeping every event in date order', () => {
    const events = [
      { id: 'a', date: '2022-02-24' },
      { id: 'b', date: '2023-02-24' },
      { id: 'c', date: '2023-02-28' },
    ] as StoryEvent[];
    const groups = timelineGroups(events, timelineDomain(events), 7);
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([['a'], ['b', 'c']]);
    expect(groups[1]!.x).toBeGreaterThan(98);
    expect(groups[1]!.x).toBeLessThan(100);
  });
});
