import { fold } from './normalize';

export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Folded form, dots of an acronym removed: "U.S." -> "us". */
  key: string;
  /** First letter is upper case. */
  capital: boolean;
  /** Every letter is upper case (an acronym or a headline in capitals). */
  upper: boolean;
}

// Dotted acronyms first ("U.S.", "U.K."), then runs of letters, marks and digits.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const letters = raw.replace(/\./g, '');
    tokens.push({
      start,
      end: start + raw.length,
      key: fold(letters),
      capital: /^\p{Lu}/u.test(letters),
      upper: !/\p{Ll}/u.test(letters),
    });
  }
  return tokens;
}

/** What may stand between two words of one name: spaces, a hyphen, an apostrophe, or the dot of "St.". */
const JOINER = /^(?:[\s\u00a0\u202f]{1,3}|[\s\u00a0]?[-‐‑–][\s\u00a0]?|['’ʼ`´]|\.[\s\u00a0]?)$/u;

export function isJoiner(between: string): boolean {
  return JOINER.test(between);
}

const SENTENCE_BREAK = /[.!?…:;«»"“”([\n]|^\s*[-–—]\s/u;

/** The token opens a sentence: first of the paragraph or after end punctuation, a quote or a heading dash. */
export function opensSentence(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  const previous = tokens[index - 1];
  const between = text.slice(previous ? previous.end : 0, token.start);
  if (!previous) return true;
  return SENTENCE_BREAK.test(between);
}
