import type { TextSpan } from '../../shared/contract';

export type Segment<S extends TextSpan> = { text: string; span?: S };

/**
 * Cuts a paragraph into plain runs and highlighted spans. Where spans overlap the earlier (then longer)
 * one wins, so the words are never shown twice; spans outside the text are dropped.
 */
export function segmentText<S extends TextSpan>(text: string, spans: readonly S[]): Segment<S>[] {
  const ordered = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<S>[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), span });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
