import type { Paragraph, Quote } from '../../shared/contract';
import { closestPassage } from './closestPassage';
import { searchNeedle, searchText, type SearchText } from './searchText';

export { closestPassage } from './closestPassage';

export type QuoteResolution =
  | { ok: true; quote: Quote }
  | { ok: false; closest: string | null }
  /** The quote is there more than once, and no `occurrence` (or one out of range) says which. */
  | { ok: false; closest: null; matches: Quote[] };

/**
 * Finds a quote in the article, forgiving whitespace, Unicode normalisation and invisible characters.
 * A quote found more than once needs `occurrence` (1-based), so that no author is silently given the
 * first. Offsets point into the paragraph's own text, so the app can highlight the exact words.
 */
export function resolveQuote(quote: string, paragraphs: readonly Paragraph[], occurrence?: number): QuoteResolution {
  const needle = searchNeedle(quote);
  if (needle.length === 0) return { ok: false, closest: null };
  const matches = findAll(needle, paragraphs);
  if (matches.length === 0) return { ok: false, closest: closestPassage(needle, paragraphs) };
  const chosen = occurrence === undefined ? (matches.length === 1 ? matches[0] : undefined) : matches[occurrence - 1];
  return chosen ? { ok: true, quote: chosen } : { ok: false, closest: null, matches };
}

function findAll(needle: string, paragraphs: readonly Paragraph[]): Quote[] {
  const found: Quote[] = [];
  for (const paragraph of paragraphs) {
    const { text, starts, ends } = prepared(paragraph);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const [start, end] = [starts[at]!, ends[at + needle.length - 1]!];
      found.push({ paragraph: paragraph.id, start, end, text: paragraph.text.slice(start, end) });
    }
  }
  return found;
}

/** Each paragraph is prepared once per compile, however many quotes search it. */
const cache = new WeakMap<Paragraph, SearchText>();

function prepared(paragraph: Paragraph): SearchText {
  let value = cache.get(paragraph);
  if (!value) cache.set(paragraph, (value = searchText(paragraph.text)));
  return value;
}
