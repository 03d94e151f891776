import type { Messages } from '../i18n/fr';
import { dateFormat } from './intlCache';

/** Event dates are ISO days (`2023-02-28`) or months (`2022-09`). */
export interface StoryDate {
  date: Date;
  precision: 'day' | 'month';
}

export function parseStoryDate(value: string): StoryDate | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime())) return undefined;
  return { date, precision: day ? 'day' : 'month' };
}

export function formatStoryDate(value: string, locale: string): string {
  const parsed = parseStoryDate(value);
  if (!parsed) return value;
  const options: Intl.DateTimeFormatOptions =
    parsed.precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(parsed.date);
}

/** The header's "Publié le 28 février 2023" or "Publié en mai 2024"; nothing when the story has no date. */
export function publishedLine(value: string, locale: string, t: Pick<Messages, 'published'>): { label: string; date: string } | null {
  const parsed = parseStoryDate(value);
  return parsed ? { label: t.published(parsed.precision), date: formatStoryDate(value, locale) } : null;
}
