import type { Mention, TextSpan } from '../../shared/contract';
import { segmentText } from '../state/segments';

interface Props<S extends TextSpan> {
  text: string;
  spans: readonly S[];
  renderSpan?: (span: S, text: string, key: number) => React.ReactNode;
}

/** A paragraph with its spans highlighted, built as React nodes from offsets: never as HTML. */
export function MentionText<S extends TextSpan>({ text, spans, renderSpan }: Props<S>) {
  return (
    <>
      {segmentText(text, spans).map((segment, index) =>
        segment.span ? (
          renderSpan ? renderSpan(segment.span, segment.text, index) : <mark key={index}>{segment.text}</mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

export type { Mention };
