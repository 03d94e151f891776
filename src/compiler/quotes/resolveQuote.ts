import type { Paragraph, Quote } from '../../contract';

export type QuoteResolution = { ok: true; quote: Quote } | { ok: false; closest: string | null };

const SPACE = /[\s\u00A0\u202F]+/gu;

/**
 * Finds a quote verbatim in one paragraph, forgiving only whitespace differences.
 * Offsets point into the paragraph's own text, so the app can highlight the exact words.
 */
export function resolveQuote(quote: string, paragraphs: readonly Paragraph[]): QuoteResolution {
  const needle = quote.replace(SPACE, ' ').trim();
  if (needle.length === 0) return { ok: false, closest: null };
  for (const paragraph of paragraphs) {
    const { text, offsets } = collapseWhitespace(paragraph.text);
    const at = text.indexOf(needle);
    if (at >= 0) {
      const start = offsets[at]!;
      const end = offsets[at + needle.length - 1]! + 1;
      return { ok: true, quote: { paragraph: paragraph.id, start, end, text: paragraph.text.slice(start, end) } };
    }
  }
  return { ok: false, closest: closestPassage(needle, paragraphs) };
}

/** The text with runs of whitespace collapsed to one space, and each kept character's original offset. */
function collapseWhitespace(original: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const isSpace = /[\s\u00A0\u202F]/u.test(original[i]!);
    if (isSpace && inSpace) continue;
    text += isSpace ? ' ' : original[i];
    offsets.push(i);
    inSpace = isSpace;
  }
  return { text, offsets };
}

/** The passage of the article most like the quote, by shared character trigrams, to help the author fix it. */
export function closestPassage(needle: string, paragraphs: readonly Paragraph[]): string | null {
  const wanted = trigrams(needle.toLowerCase());
  if (wanted.size === 0) return null;
  let best: { score: number; passage: string } | null = null;
  for (const paragraph of paragraphs) {
    const words = paragraph.text.split(' ');
    const span = Math.max(1, needle.split(' ').length);
    for (let i = 0; i < words.length; i++) {
      const passage = words.slice(i, i + span).join(' ');
      const score = dice(wanted, trigrams(passage.toLowerCase()));
      if (!best || score > best.score) best = { score, passage };
    }
  }
  return best && best.score > 0.3 ? best.passage : null;
}

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) grams.add(text.slice(i, i + 3));
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}
