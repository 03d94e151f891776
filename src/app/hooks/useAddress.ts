import { DEFAULT_LANG } from '../../shared/contract';
import { startTransition, useEffect } from 'react';
import type { ReaderAction, ReaderState } from '../state/reader';
import { parseUrlState, restrictToKnown, serializeUrlState, type Known, type ParsedUrl } from '../state/urlState';

interface Options {
  /** The address as the page opened with it. */
  initial: ParsedUrl;
  /** The story shown. */
  storyId: string | undefined;
  /** The story's ids, the story ids included; null until they have all arrived. */
  known: Known | null;
  /** An embed never adds history entries: the host page's Back button belongs to the host. */
  embedded: boolean;
}

/**
 * The address bar and the reader's state, kept in step: read once the story's ids are known, read again on
 * Back and Forward, and written after each change (replaced after reading it, a new entry after a choice).
 */
export function useAddress(state: ReaderState, dispatch: (action: ReaderAction) => void, { initial, storyId, known, embedded }: Options): void {
  const { applied, selection, stepId, lang, history } = state;
  useEffect(() => {
    if (applied || !known) return;
    // The whole page renders again for it: in a transition, React does that in slices and keeps the page
    // responsive, where an effect's update would take one long task (often right after hydration).
    startTransition(() => dispatch(addressAction(initial, known, true)));
  }, [applied, known, initial, dispatch]);

  useEffect(() => {
    if (!applied || !known) return;
    const onPop = () => {
      const parsed = parseUrlState(window.location.search);
      if (parsed.state.story && parsed.state.story !== storyId) window.location.reload();
      else dispatch(addressAction(parsed, known, false));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [applied, known, storyId, dispatch]);

  useEffect(() => {
    if (!applied) return;
    const search = serializeUrlState({
      story: storyId,
      country: selection?.kind === 'country' ? selection.id : undefined,
      place: selection?.kind === 'place' ? selection.id : undefined,
      step: stepId ?? undefined,
      lang: lang === DEFAULT_LANG ? undefined : lang,
    });
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (history === 'replace' || embedded) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [applied, storyId, selection, stepId, lang, history, embedded]);
}

function addressAction(parsed: ParsedUrl, known: Known, initial: boolean): ReaderAction {
  const { state, rejected } = restrictToKnown(parsed, known);
  return { type: 'address', url: state, ignored: rejected.map((r) => r.key), initial };
}
