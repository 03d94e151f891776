import { scaleTime } from 'd3-scale';
import type { StoryEvent } from '../../shared/contract';
import { parseStoryDate } from './dates';

export type TimelineDomain = [Date, Date];

const MONTH = 31 * 24 * 3600 * 1000;

/**
 * The walk's time span, from the story's own events: from the first day of the earliest event's
 * month to the latest event. A story with one date gets a month either side.
 */
export function timelineDomain(events: readonly StoryEvent[]): TimelineDomain {
  const dates = events.flatMap((event) => parseStoryDate(event.date)?.date ?? []).map((date) => date.getTime());
  if (dates.length === 0) return [new Date(0), new Date(MONTH)];
  const first = new Date(Math.min(...dates));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Math.max(...dates);
  return end - start < MONTH ? [new Date(start - MONTH), new Date(end + MONTH)] : [new Date(start), new Date(end)];
}

export interface TimelineGroup {
  date: string;
  x: number;
  events: StoryEvent[];
}

/**
 * Events placed on a 0..100 axis, those on the same date grouped into one mark. Marks closer than `minGap`
 * (in axis units) merge too, so that every mark keeps a 24 px target clear of its neighbours (WCAG 2.5.8).
 */
export function timelineGroups(events: readonly StoryEvent[], domain: TimelineDomain = timelineDomain(events), minGap = 0): TimelineGroup[] {
  const x = scaleTime().domain(domain).range([0, 100]).clamp(true);
  const groups = new Map<string, TimelineGroup>();
  for (const event of events) {
    const parsed = parseStoryDate(event.date);
    if (!parsed) continue;
    const group = groups.get(event.date) ?? { date: event.date, x: x(parsed.date), events: [] };
    group.events.push(event);
    groups.set(event.date, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.x - b.x);
  const merged: TimelineGroup[] = [];
  for (const group of sorted) {
    const last = merged.at(-1);
    if (last && group.x - last.x < minGap) {
      const count = last.events.length + group.events.length;
      merged[merged.length - 1] = { date: last.date, x: (last.x * last.events.length + group.x * group.events.length) / count, events: [...last.events, ...group.events] };
    } else merged.push(group);
  }
  return merged;
}

export function timelineTicks(domain: TimelineDomain, count = 5): { date: Date; x: number }[] {
  const x = scaleTime().domain(domain).range([0, 100]);
  return x.ticks(count).map((date) => ({ date, x: x(date) }));
}
