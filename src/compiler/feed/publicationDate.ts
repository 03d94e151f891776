import type { Paragraph } from '../../shared/contract';

export const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS = `(${[...FRENCH_MONTHS, ...ENGLISH_MONTHS].join('|')})`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:er)? ${MONTHS} (\\d{4})\\b`, 'giu');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTHS} (\\d{1,2}), (\\d{4})\\b`, 'giu');

/**
 * The feed gives only the month; captions give the day ("le 28 février 2023").
 * A caption date in the feed's month wins, then any date in that month, then the month alone.
 */
export function publicationDate(month: string | null, paragraphs: readonly Paragraph[]): string | null {
  const ordered = [...paragraphs].sort((a, b) => Number(b.kind === 'caption') - Number(a.kind === 'caption'));
  const dates = ordered.flatMap((paragraph) => datesIn(paragraph.text));
  const inMonth = month ? dates.find((date) => date.startsWith(month)) : dates[0];
  return inMonth ?? month;
}

export function datesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(DAY_MONTH_YEAR)) found.push(iso(match[3]!, match[2]!, match[1]!));
  for (const match of text.matchAll(MONTH_DAY_YEAR)) found.push(iso(match[3]!, match[1]!, match[2]!));
  return found.filter(isRealDate);
}

function iso(year: string, monthName: string, day: string): string {
  const name = monthName.toLowerCase();
  const index = FRENCH_MONTHS.includes(name) ? FRENCH_MONTHS.indexOf(name) : ENGLISH_MONTHS.indexOf(name);
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** True for `YYYY-MM` and `YYYY-MM-DD` strings that name a real month or day. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
