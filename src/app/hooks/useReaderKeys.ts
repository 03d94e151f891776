import { useEffect } from 'react';
import type { ReaderAction, ReaderState } from '../state/reader';

/** ArrowLeft/ArrowRight walk the story unless the reader is typing or panning the map; Esc closes the card. */
export function useReaderKeys(state: ReaderState, stepIndex: number, dispatch: (action: ReaderAction) => void, active: boolean): void {
  const { personId, selection } = state;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], .maplibregl-canvas');
      // Esc in a dialog closes the dialog only.
      if (event.key === 'Escape' && personId && !target?.closest('dialog')) return dispatch({ type: 'close-person' });
      if (event.key === 'Escape' && selection && !target?.closest('dialog')) return dispatch({ type: 'select', selection: null });
      if (typing || !active) return;
      if (event.key === 'ArrowRight') dispatch({ type: 'step', index: stepIndex < 0 ? 0 : stepIndex + 1 });
      else if (event.key === 'ArrowLeft' && stepIndex >= 0) dispatch({ type: 'step', index: stepIndex === 0 ? null : stepIndex - 1 });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, stepIndex, selection, personId, dispatch]);
}
