import { useEffect, useRef, type RefObject } from 'react';

interface Origin {
  element: Element;
  /** `data-focus-key` of the control, which finds its twin when the list it sat in has been rebuilt. */
  key: string | null;
}

/**
 * Moves keyboard focus with the context card. Opened from the panel, the card takes focus on its title (the list
 * that held the reader's button is replaced by the card). Closed (Esc, ✕), focus returns to the control that
 * opened it, or its rebuilt twin, or the active tab. A reader on the map keeps focus on the map.
 */
export function useSelectionFocus(selectionKey: string | null, panel: RefObject<HTMLElement | null>, titleId = 'context-title'): void {
  const last = useRef<Origin | null>(null);
  const opener = useRef<Origin | null>(null);
  const previous = useRef(selectionKey);

  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      if (!(event.target instanceof Element)) return;
      last.current = { element: event.target, key: event.target.closest('[data-focus-key]')?.getAttribute('data-focus-key') ?? null };
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  useEffect(() => {
    const before = previous.current;
    previous.current = selectionKey;
    if (before === selectionKey) return;
    const active = document.activeElement;
    const inPanel = Boolean(active && panel.current?.contains(active));
    // Focus was on a control the new render removed (the list the card replaced, the card's own ✕). On a page
    // opened at an address nothing has had focus yet, and focus stays at the top of the page.
    const lost = (!active || active === document.body) && Boolean(last.current && !last.current.element.isConnected);
    if (selectionKey && !before) opener.current = last.current;
    if (!lost && !inPanel) return;
    if (selectionKey) {
      document.getElementById(titleId)?.focus();
      return;
    }
    const origin = opener.current;
    opener.current = null;
    const twin = origin?.key ? document.querySelector(`[data-focus-key="${CSS.escape(origin.key)}"]`) : null;
    const target = twin ?? (origin?.element.isConnected ? origin.element : null) ?? panel.current?.querySelector('.tabs__bar [aria-pressed="true"]');
    if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
  }, [selectionKey, panel, titleId]);
}
