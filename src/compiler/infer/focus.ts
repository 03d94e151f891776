import type { Mention, Paragraph } from '../../shared/contract';
import type { GazetteerEntry } from '../gazetteer';
import { sentenceAround } from './passage';

/** Where the story happens, and the words that said so. */
export interface Focus {
  country: string;
  /** A city, capital or building id; absent when the article names no place in the focus country. */
  place?: string;
  evidence: { kind: 'dateline' | 'lead' | 'caption' | 'body' | 'mentions'; mention?: Mention };
}

const LOCATIVE = new Set(['à', 'au', 'aux', 'en', 'dans', 'in', 'at', 'near', 'près', 'outside', 'inside', 'from', 'depuis', 'visiting', 'visite', 'hosts', 'hosted', 'reçoit']);
const DATELINE = /^[\p{Lu}][\p{Lu}' -]+(?:\s*\(AFP\))?\s*[-–—]/u;

/**
 * The focus, by order of evidence: a dateline, a place the lead sentence says something happens
 * in, the same in the first caption, then in the lead paragraph, and last the most-mentioned country.
 */
export function findFocus(paragraphs: readonly Paragraph[], mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>, counts: ReadonlyMap<string, number>): Focus | null {
  const lead = paragraphs.find((paragraph) => paragraph.kind === 'body');
  const caption = paragraphs.find((paragraph) => paragraph.kind === 'caption');
  const located = (mention: Mention) => countryOf(mention, entries) !== undefined;
  const dateline = lead && DATELINE.test(lead.text) ? mentions.find((m) => m.paragraph === lead.id && m.start === 0 && located(m)) : undefined;
  if (dateline) return focusAt(dateline, 'dateline', mentions, entries);
  const leadEnd = lead ? sentenceAround(lead.text, 0)[1] : 0;
  const steps: [Focus['evidence']['kind'], (m: Mention) => boolean][] = [
    ['lead', (m) => m.paragraph === lead?.id && m.end <= leadEnd],
    ['caption', (m) => m.paragraph === caption?.id],
    ['body', (m) => m.paragraph === lead?.id],
  ];
  for (const [kind, within] of steps) {
    const found = pickLocative(mentions.filter((m) => within(m) && located(m)), paragraphs);
    if (found) return focusAt(found, kind, mentions, entries);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return top ? { country: top[0], ...placeIn(top[0], mentions, entries), evidence: { kind: 'mentions' } } : null;
}

/** A place named after "à", "in", "dans la capitale kazakhe"…: cities first, then countries. */
function pickLocative(candidates: readonly Mention[], paragraphs: readonly Paragraph[]): Mention | undefined {
  const locative = candidates.filter((mention) => isLocative(mention, paragraphs));
  return locative.find((mention) => mention.form === 'place') ?? locative.find((mention) => mention.form === 'name');
}

function isLocative(mention: Mention, paragraphs: readonly Paragraph[]): boolean {
  const text = paragraphs.find((paragraph) => paragraph.id === mention.paragraph)!.text;
  const [sentenceStart] = sentenceAround(text, mention.start);
  const before = text.slice(Math.max(sentenceStart, mention.start - 50), mention.start);
  const words = before.toLowerCase().split(/[\s']+/u).filter(Boolean).slice(-5);
  return words.some((word) => LOCATIVE.has(word.replace(/[^\p{L}]/gu, '')));
}

function focusAt(mention: Mention, kind: Focus['evidence']['kind'], mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>): Focus {
  const country = countryOf(mention, entries)!;
  const place = mention.form === 'place' ? { place: mention.entity } : placeIn(country, mentions, entries);
  return { country, ...place, evidence: { kind, mention } };
}

/** The focus country's place when the article names one: its capital, else its most-mentioned city. */
function placeIn(country: string, mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>): { place?: string } {
  const places = mentions.filter((m) => m.form === 'place' && entries.get(m.entity)?.country === country && entries.get(m.entity)?.kind !== 'building');
  const capital = places.find((m) => entries.get(m.entity)?.kind === 'capital');
  if (capital) return { place: capital.entity };
  const tally = new Map<string, number>();
  for (const m of places) tally.set(m.entity, (tally.get(m.entity) ?? 0) + 1);
  const top = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return top ? { place: top[0] } : {};
}

export function countryOf(mention: Mention, entries: ReadonlyMap<string, GazetteerEntry>): string | undefined {
  if (mention.form === 'name') return mention.entity;
  if (mention.form === 'place') return entries.get(mention.entity)?.country;
  return undefined;
}
