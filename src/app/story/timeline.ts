import { scaleTime } from 'd3-scale';
import type { StoryEvent } from '../../contract';
import { parseStoryDate } from './dates';

/** The walk's time span: from the invasion of Ukraine to the day of the visit. */
export const TIMELINE_DOMAIN: [Date, Date] = [new Date(Date.UTC(2022, 1, 1)), new Date(Date.UTC(2023, 1, 28))];

export interface TimelineGroup {
  date: string;
  x: number;
  events: StoryEvent[];
}

/** Events placed on a 0..100 axis, those on the same date grouped into one mark. */
export function timelineGroups(events: readonly StoryEvent[], domain: [Date, Date] = TIMELINE_DOMAIN): TimelineGroup[] {
  const x = scaleTime().domain(domain).range([0, 100]).clamp(true);
  const groups = new Map<string, TimelineGroup>();
  for (const event of events) {
    const parsed = parseStoryDate(event.date);
    if (!parsed) continue;
    const group = groups.get(event.date) ?? { date: event.date, x: x(parsed.date), events: [] };
    group.events.push(event);
    groups.set(event.date, group);
  }
  return [...groups.values()].sort((a, b) => a.x - b.x);
}

export function timelineTicks(domain: [Date, Date] = TIMELINE_DOMAIN, count = 5): { date: Date; x: number }[] {
  const x = scaleTime().domain(domain).range([0, 100]);
  return x.ticks(count).map((date) => ({ date, x: x(date) }));
}
