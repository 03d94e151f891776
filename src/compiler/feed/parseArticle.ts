import type { Paragraph } from '../../shared/contract';
import { normalizeNewlines } from '../text';

export interface ParsedArticle {
  /** The feed's `date YYYY-MM` line, when present. */
  month: string | null;
  paragraphs: Paragraph[];
}

const DATE_LINE = /^\s*date (\d{4}-\d{2})\s*/;
const HEADING = /^-\s*"?([^"\n]+?)"?\s*-$/;
// A photo credit is a trailing parenthesis in capitals, e.g. "( POOL / OLIVIER DOULIERY )".
const CREDIT = /\(\s*([^()a-z]*[A-Z][^()a-z]*?)\s*\)\s*$/;

/** Splits a feed dispatch into headings, captions and body paragraphs. */
export function parseArticle(raw: string): ParsedArticle {
  const text = normalizeNewlines(raw);
  const dateMatch = DATE_LINE.exec(text);
  const body = dateMatch ? text.slice(dateMatch[0].length) : text;
  const blocks = body
    .split(/\n[ \t\u00A0]*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0);
  return {
    month: dateMatch?.[1] ?? null,
    paragraphs: blocks.map((block, index) => toParagraph(block, index, index === 0 && dateMatch !== null)),
  };
}

function toParagraph(block: string, index: number, fusedWithDate: boolean): Paragraph {
  const id = `p${index + 1}`;
  const heading = HEADING.exec(block);
  if (heading && !fusedWithDate) return { id, kind: 'heading', text: heading[1]!.trim() };
  const credit = CREDIT.exec(block);
  if (credit && looksLikeCredit(credit[1]!)) {
    return { id, kind: 'caption', text: block.slice(0, credit.index).trim(), credit: credit[1]!.trim() };
  }
  return { id, kind: fusedWithDate ? 'caption' : 'body', text: block };
}

function looksLikeCredit(inside: string): boolean {
  return inside.length >= 2 && /[A-Z]{2,}/.test(inside);
}
