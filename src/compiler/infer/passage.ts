import type { Paragraph } from '../../shared/contract';
import { resolveQuote } from '../quotes/resolveQuote';

/** A verbatim stretch of one paragraph. */
export interface Passage {
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** What an annotation needs to point at a passage: its words and, when they recur, which occurrence. */
export interface QuoteRef {
  quote: string;
  occurrence?: number;
}

const SENTENCE_END = /[.!?](?=\s+["«“]?\p{Lu})/gu;

/** The sentence of `text` that holds offset `at`, as [start, end). */
export function sentenceAround(text: string, at: number): [number, number] {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + 1;
    if (end > at) return [start, end];
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  return [start, text.length];
}

/**
 * The words around [start, end) inside their sentence, at most `max` characters, widened on word
 * boundaries only, so a quote never starts or ends mid-word.
 */
export function excerpt(paragraph: Paragraph, start: number, end: number, max = 140): Passage {
  const text = paragraph.text;
  const [from, to] = sentenceAround(text, start);
  let left = start;
  let right = end;
  const words = (a: number, b: number) => text.slice(a, b);
  while (right - left < max) {
    const grownLeft = left > from ? lastBoundary(words(from, left)) + from : left;
    const grownRight = right < to ? firstBoundary(words(right, to)) + right : right;
    if (grownLeft === left && grownRight === right) break;
    if (grownRight - grownLeft > max) break;
    left = grownLeft;
    right = grownRight;
  }
  return trimmed(paragraph, clauseStart(text, left, start), clauseEnd(text, end, right));
}

/** A quote stops at the comma or semicolon nearest its core: "cinq fois la France", not "…France, semble". */
function clauseStart(text: string, left: number, start: number): number {
  // ", " and not "," alone: "50,9%" is one figure.
  const cut = Math.max(...[', ', '; ', ': ', '(', ' "'].map((mark) => { const at = text.lastIndexOf(mark, start - 1); return at < 0 ? -1 : at + mark.length; }));
  return cut > left ? cut : left;
}

function clauseEnd(text: string, end: number, right: number): number {
  const cuts = [', ', '; ', ': ', ')', '" ', ' --'].map((mark) => text.indexOf(mark, end)).filter((index) => index >= 0);
  const cut = Math.min(right, ...cuts);
  return cut;
}

/** Offset of the start of the last word of `text`, or 0. */
function lastBoundary(text: string): number {
  const match = /\s\S*\s*$/.exec(text);
  return match ? match.index : 0;
}

/** Offset just past the first word of `text`, or its length. */
function firstBoundary(text: string): number {
  const match = /^\s*\S+/.exec(text);
  return match ? match[0].length : text.length;
}

function trimmed(paragraph: Paragraph, start: number, end: number): Passage {
  let s = start;
  let e = end;
  const text = paragraph.text;
  while (s < e && /[\s,;:(«"“]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:)»"”.]/.test(text[e - 1]!)) e--;
  return { paragraph, start: s, end: e };
}

export function passageText(passage: Passage): string {
  return passage.paragraph.text.slice(passage.start, passage.end);
}

/** The passage as an annotation quote, with `occurrence` when the same words appear elsewhere. */
export function quoteOf(passage: Passage, paragraphs: readonly Paragraph[]): QuoteRef {
  const quote = passageText(passage);
  const resolved = resolveQuote(quote, paragraphs);
  if (resolved.ok || !('matches' in resolved)) return { quote };
  const index = resolved.matches.findIndex((match) => match.paragraph === passage.paragraph.id && match.start === passage.start);
  return { quote, occurrence: Math.max(1, index + 1) };
}
