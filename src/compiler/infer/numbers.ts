import type { Lang, Mention, Paragraph } from '../../shared/contract';
import { countryOf } from './focus';
import type { GazetteerEntry } from '../gazetteer';
import { excerpt, type Passage } from './passage';

/** A figure the article states, with what the map can measure of it. */
export interface FoundFigure {
  kind: 'distance' | 'area-ratio' | 'amount' | 'percentage';
  value: number;
  unit: string;
  approximate: boolean;
  passage: Passage;
  /** The words of the figure itself, for the draft's comments. */
  words: string;
  subjects: string[];
  measure?: { type: 'border-length'; between: [string, string] } | { type: 'area-ratio'; of: string; to: string; mainlandOnly: true };
}

const NUMBER = String.raw`\d+(?:[.,  ]\d{3})*(?:[.,]\d+)?`;
const SCALE = String.raw`(?:\s(millions?|milliards?|billions?|million|mille|thousand))?`;
const HEDGE = /\b(quelque|environ|près de|plus de|presque|some|about|around|nearly|almost|more than|over|roughly)\s+$/iu;
const RATIO_WORDS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10 };

interface FigurePattern {
  kind: FoundFigure['kind'];
  regex: RegExp;
  unit: (match: RegExpMatchArray) => string;
  value: (match: RegExpMatchArray, lang: Lang) => number;
}

const PATTERNS: FigurePattern[] = [
  { kind: 'distance', regex: new RegExp(String.raw`(${NUMBER})${SCALE}[\s-]?(kilomètres|kilometres|kilometers|kilometre|kilometer|km)\b`, 'giu'), unit: () => 'km', value: (m, lang) => scaled(m[1]!, m[2], lang) },
  { kind: 'amount', regex: new RegExp(String.raw`(${NUMBER})${SCALE}\s(?:de\s|d')?(dollars|euros|yuans|roubles)\b`, 'giu'), unit: (m) => currency(m[3]!), value: (m, lang) => scaled(m[1]!, m[2], lang) },
  { kind: 'amount', regex: new RegExp(String.raw`(US\$|\$|€|£)\s?(${NUMBER})${SCALE}`, 'gu'), unit: (m) => currency(m[1]!), value: (m, lang) => scaled(m[2]!, m[3], lang) },
  { kind: 'percentage', regex: new RegExp(String.raw`(${NUMBER})\s?(%|pour cent|per cent|percent)`, 'giu'), unit: () => '%', value: (m, lang) => scaled(m[1]!, undefined, lang) },
  { kind: 'area-ratio', regex: /\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) fois (?:la (?:taille|superficie) (?:de |d'))?/giu, unit: () => 'ratio', value: (m) => ratio(m[1]!) },
  { kind: 'area-ratio', regex: /\b(two|three|four|five|six|seven|eight|nine|ten|\d+) times the size of /giu, unit: () => 'ratio', value: (m) => ratio(m[1]!) },
];

const BORDER = /\b(frontières?|border|borders|frontalier)\b/iu;
const SIZE = /\b(grand comme|la taille|la superficie|the size)\b/iu;

/** Every distance, amount, percentage and size comparison, with a map measure where one exists. */
export function findFigures(paragraphs: readonly Paragraph[], mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>, lang: Lang, host: string | undefined): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const countries = mentions.filter((m) => m.paragraph === paragraph.id).flatMap((m) => {
      const country = m.form === 'adjective' ? m.entity : countryOf(m, entries);
      return country ? [{ country, at: m.start, end: m.end }] : [];
    });
    for (const pattern of PATTERNS) {
      for (const match of paragraph.text.matchAll(pattern.regex)) {
        const figure = readFigure(pattern, match, paragraph, countries, lang, host);
        if (figure) found.push(figure);
      }
    }
  }
  return found;
}

function readFigure(pattern: FigurePattern, match: RegExpMatchArray, paragraph: Paragraph, countries: { country: string; at: number; end: number }[], lang: Lang, host: string | undefined): FoundFigure | null {
  const start = match.index!;
  const end = start + match[0].length;
  const value = pattern.value(match, lang);
  if (!Number.isFinite(value) || value <= 0) return null;
  const text = paragraph.text;
  const hedge = HEDGE.exec(text.slice(Math.max(0, start - 20), start));
  const before = [...countries].reverse().find((c) => c.end <= start && c.end >= start - 160);
  const after = countries.find((c) => c.at >= end && c.at <= end + 60);
  const subject = before?.country ?? host;
  const other = after?.country;
  const base = {
    kind: pattern.kind,
    value,
    unit: pattern.unit(match),
    approximate: hedge !== null,
    words: text.slice(hedge ? start - hedge[0].length : start, end).trim(),
    subjects: unique([subject, other]),
  };
  const sentenceWindow = text.slice(Math.max(0, start - 80), Math.min(text.length, end + 60));
  if (pattern.kind === 'area-ratio') {
    if (!other || !subject || subject === other || (pattern.regex.source.includes('fois') && !SIZE.test(sentenceWindow))) return null;
    return { ...base, passage: excerptOf(paragraph, hedge ? start - hedge[0].length : start, after!.end), measure: { type: 'area-ratio', of: subject, to: other, mainlandOnly: true } };
  }
  const border = pattern.kind === 'distance' && BORDER.test(text.slice(end, end + 30)) && subject && other && subject !== other;
  const to = border ? after!.end : end;
  return {
    ...base,
    passage: excerptOf(paragraph, hedge ? start - hedge[0].length : start, to),
    ...(border ? { measure: { type: 'border-length' as const, between: [subject, other] as [string, string] } } : {}),
  };
}

/** The figure's own words, with a few around them when they are too short to stand alone. */
function excerptOf(paragraph: Paragraph, start: number, end: number): Passage {
  return end - start >= 24 ? { paragraph, start, end } : excerpt(paragraph, start, end, 60);
}

/** "7.500" and "1,5" in French, "7,500" and "1.5" in English. */
function parseNumber(raw: string, lang: Lang): number {
  const [thousands, decimal] = lang === 'fr' ? [/[.  ]/g, ','] : [/[,  ]/g, '.'];
  return Number(raw.replace(thousands, '').replace(decimal, '.'));
}

function scaled(raw: string, scale: string | undefined, lang: Lang): number {
  const factor = !scale ? 1 : /^milliards?|^billions?/i.test(scale) ? 1e9 : /^million/i.test(scale) ? 1e6 : 1e3;
  return parseNumber(raw, lang) * factor;
}

function ratio(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : RATIO_WORDS[word.toLowerCase()] ?? NaN;
}

function currency(word: string): string {
  if (/dollar|\$/i.test(word)) return 'USD';
  if (/euro|€/i.test(word)) return 'EUR';
  if (word === '£') return 'GBP';
  return word.toUpperCase().slice(0, 3);
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}
