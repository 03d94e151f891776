import type { Paragraph } from '../../shared/contract';
import { ENGLISH_MONTHS, FRENCH_MONTHS } from '../feed/publicationDate';

export type Precision = 'day' | 'month';

/** A date the article states, resolved against the day of publication. */
export interface FoundDate {
  date: string;
  precision: Precision;
  paragraph: Paragraph;
  start: number;
  end: number;
  /** How it was read, for the draft's comments: "weekday", "explicit", "relative". */
  how: 'weekday' | 'explicit' | 'relative';
}

const FRENCH_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

const alt = (words: readonly string[]) => words.join('|');
const FR_MONTH = `(${alt(FRENCH_MONTHS)})`;
const EN_MONTH = `(${alt(ENGLISH_MONTHS.map(capitalize))})`;

interface Pattern {
  regex: RegExp;
  how: FoundDate['how'];
  read: (match: RegExpMatchArray, published: Day) => { date: string; precision: Precision } | null;
  /** Dates without a year in a sentence in the future tense ("il prendra ses fonctions le 1er janvier") lie ahead. */
  ahead?: (match: RegExpMatchArray, published: Day) => { date: string; precision: Precision } | null;
}

type Day = { year: number; month: number; day?: number };

const PATTERNS: Pattern[] = [
  // "le 24 février 2022", "vendredi 19 mai", "19 May 2023"
  { regex: new RegExp(`\\b(?:(?:${alt(FRENCH_DAYS)}) )?(1er|\\d{1,2}) ${FR_MONTH}(?: (\\d{4}))?\\b`, 'giu'), how: 'explicit', read: (m, p) => dayOf(p, m[3], monthIndex(m[2]!), m[1]!), ahead: (m, p) => dayOf(p, m[3], monthIndex(m[2]!), m[1]!, true) },
  { regex: new RegExp(`\\b(?:(?:${alt(ENGLISH_DAYS)}),? )?(\\d{1,2}) ${EN_MONTH}(?: (\\d{4}))?\\b`, 'gu'), how: 'explicit', read: (m, p) => dayOf(p, m[3], monthIndex(m[2]!), m[1]!), ahead: (m, p) => dayOf(p, m[3], monthIndex(m[2]!), m[1]!, true) },
  // "May 19, 2023", "on August 11"
  { regex: new RegExp(`\\b${EN_MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?\\b`, 'gu'), how: 'explicit', read: (m, p) => dayOf(p, m[3], monthIndex(m[1]!), m[2]!), ahead: (m, p) => dayOf(p, m[3], monthIndex(m[1]!), m[2]!, true) },
  // "en septembre", "fin novembre 2022", "mi-mai"
  { regex: new RegExp(`\\b(?:en|fin|début|depuis|mi-)\\s?${FR_MONTH}(?: (\\d{4}))?\\b`, 'giu'), how: 'explicit', read: (m, p) => monthOf(p, m[2], monthIndex(m[1]!)) },
  { regex: new RegExp(`\\b(?:in|since|early|late|mid-|last|until|by|from) ?${EN_MONTH}(?: (\\d{4}))?\\b`, 'gu'), how: 'explicit', read: (m, p) => monthOf(p, m[2], monthIndex(m[1]!)) },
  { regex: new RegExp(`\\b${EN_MONTH} (\\d{4})\\b`, 'gu'), how: 'explicit', read: (m, p) => monthOf(p, m[2], monthIndex(m[1]!)) },
  // "il y a un an", "a year ago", "two years ago"
  { regex: /\bil y a (un|une|deux|trois|quatre|cinq|six|\d+) (ans?|mois)\b/giu, how: 'relative', read: (m, p) => ago(p, m[1]!, m[2]!) },
  { regex: /\b(a|an|one|two|three|four|five|\d+) (years?|months?) ago\b/giu, how: 'relative', read: (m, p) => ago(p, m[1]!, m[2]!) },
  { regex: /\b(?:le mois dernier|le mois passé|last month)\b/giu, how: 'relative', read: (_m, p) => shiftMonths(p, -1) },
  { regex: /\b(?:hier|yesterday)\b/giu, how: 'relative', read: (_m, p) => shiftDays(p, -1) },
  // Weekdays last: a weekday inside an explicit date is already read.
  { regex: new RegExp(`\\b(${alt(FRENCH_DAYS)})\\b`, 'giu'), how: 'weekday', read: (m, p) => weekday(p, FRENCH_DAYS.indexOf(m[1]!.toLowerCase())) },
  { regex: new RegExp(`\\b(?:on |last )?(${alt(ENGLISH_DAYS)})\\b`, 'gu'), how: 'weekday', read: (m, p) => weekday(p, ENGLISH_DAYS.indexOf(m[1]!)) },
];

/**
 * Every date the article states, read against `published` (YYYY-MM-DD or YYYY-MM): a weekday or a
 * date without a year is the most recent such day on or before publication. Year-only dates ("l'an
 * dernier", "in 2014") are left out: an event needs a day or a month.
 */
export function findDates(paragraphs: readonly Paragraph[], published: string | null): FoundDate[] {
  const day = parsePublished(published);
  if (!day) return [];
  const found: FoundDate[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading') continue;
    const taken: [number, number][] = [];
    for (const pattern of PATTERNS) {
      for (const match of paragraph.text.matchAll(pattern.regex)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const read = (pattern.ahead && inFuture(paragraph.text, start) ? pattern.ahead : pattern.read)(match, day);
        if (!read) continue;
        taken.push([start, end]);
        found.push({ ...read, paragraph, start, end, how: pattern.how });
      }
    }
  }
  const order = new Map(paragraphs.map((paragraph, index) => [paragraph.id, index]));
  return found.sort((a, b) => order.get(a.paragraph.id)! - order.get(b.paragraph.id)! || a.start - b.start);
}

function parsePublished(value: string | null): Day | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value ?? '');
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), ...(match[3] ? { day: Number(match[3]) } : {}) };
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  const french = FRENCH_MONTHS.indexOf(lower);
  return (french >= 0 ? french : ENGLISH_MONTHS.indexOf(lower)) + 1;
}

const FUTURE = /\b(?:will|next|prochain|prochaine|\p{L}{3,}(?:ra|ront))(?!\p{L})/u;

function inFuture(text: string, at: number): boolean {
  const sentenceStart = Math.max(0, ...['. ', '! ', '? '].map((mark) => text.lastIndexOf(mark, at) + 2));
  return FUTURE.test(text.slice(sentenceStart, at));
}

/** A day with no year is the latest such day on or before publication, or the next one when the sentence looks ahead. */
function dayOf(p: Day, year: string | undefined, month: number, day: string, ahead = false): { date: string; precision: Precision } | null {
  const d = day === '1er' ? 1 : Number(day);
  const passed = p.month > month || (p.month === month && (p.day ?? 31) >= d);
  const y = year ? Number(year) : ahead ? (passed ? p.year + 1 : p.year) : passed ? p.year : p.year - 1;
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCMonth() !== month - 1) return null;
  return { date: isoDay(date), precision: 'day' };
}

function monthOf(p: Day, year: string | undefined, month: number): { date: string; precision: Precision } {
  const y = year ? Number(year) : p.month >= month ? p.year : p.year - 1;
  return { date: `${y}-${pad(month)}`, precision: 'month' };
}

function ago(p: Day, count: string, unit: string): { date: string; precision: Precision } | null {
  const n = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()];
  if (!n) return null;
  return shiftMonths(p, /^(mois|months?)$/i.test(unit) ? -n : -12 * n);
}

function shiftMonths(p: Day, months: number): { date: string; precision: Precision } {
  const date = new Date(Date.UTC(p.year, p.month - 1 + months, 1));
  return { date: isoDay(date).slice(0, 7), precision: 'month' };
}

function shiftDays(p: Day, days: number): { date: string; precision: Precision } | null {
  if (p.day === undefined) return null;
  return { date: isoDay(new Date(Date.UTC(p.year, p.month - 1, p.day + days))), precision: 'day' };
}

/** The most recent such weekday on or before publication ("mardi" in a Tuesday's dispatch is that day). */
function weekday(p: Day, index: number): { date: string; precision: Precision } | null {
  if (p.day === undefined || index < 0) return null;
  const published = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const back = (published.getUTCDay() - index + 7) % 7;
  return { date: isoDay(new Date(published.getTime() - back * 86_400_000)), precision: 'day' };
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
