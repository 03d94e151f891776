/** Whitespace, which a quote may write differently from the article. */
const SPACE = /[\s\u00A0\u202F]/u;
/** Characters that show nothing: a quote that has one where the article does not, or the reverse, still matches. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const MARK = /\p{M}/u;

/**
 * A text prepared for quote matching: in NFC, invisible characters dropped, runs of whitespace as
 * one space; with, for each character kept, where it starts and ends in the original text.
 */
export interface SearchText {
  text: string;
  starts: number[];
  ends: number[];
}

export function searchText(original: string): SearchText {
  const out: SearchText = { text: '', starts: [], ends: [] };
  const parts: string[] = [];
  let inSpace = false;
  let i = 0;
  while (i < original.length) {
    let end = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (end < original.length && MARK.test(original[end]!)) end++;
    const cluster = original.slice(i, end);
    const space = SPACE.test(cluster);
    if (!INVISIBLE.test(cluster) && !(space && inSpace)) {
      const kept = space ? ' ' : cluster.normalize('NFC');
      parts.push(kept);
      for (let k = 0; k < kept.length; k++) {
        out.starts.push(i);
        out.ends.push(end);
      }
      inSpace = space;
    }
    i = end;
  }
  out.text = parts.join('');
  return out;
}

/** The quote as it is searched for: the same preparation, trimmed. */
export function searchNeedle(quote: string): string {
  return searchText(quote).text.trim();
}
