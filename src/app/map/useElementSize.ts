import { startTransition, useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { PrerenderContext, type PrerenderFrame } from '../prerender/mapFrame';
import type { Viewport } from './camera';

/** A size, and whether it was measured or is the pre-rendered frame's (see prerender/mapFrame.ts). */
export type ElementSize = { size: Viewport; measured: true } | (PrerenderFrame & { measured: false });

/**
 * The element's size in CSS pixels, measured before the first paint and again whenever it changes. An element
 * not laid out (the print copy is `display: none` on screen) takes its parent's size: it then draws the view
 * the screen shows, and print scales that drawing to the page.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize | null {
  const prerendered = useContext(PrerenderContext);
  const [size, setSize] = useState<ElementSize | null>(() => (prerendered ? { ...prerendered, measured: false } : null));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const own = { width: element.clientWidth, height: element.clientHeight };
      const parent = element.parentElement;
      const next = own.width > 0 && own.height > 0 ? own : parent && parent.clientWidth > 0 && parent.clientHeight > 0 ? { width: parent.clientWidth, height: parent.clientHeight } : FALLBACK;
      setSize((previous) => (previous?.measured && previous.size.width === next.width && previous.size.height === next.height ? previous : { size: next, measured: true }));
    };
    // A pre-rendered map is on screen already: redrawing it at the measured size can wait for a slice of its own.
    const remeasure = prerendered ? () => startTransition(measure) : measure;
    remeasure();
    const observer = new ResizeObserver(remeasure);
    observer.observe(element);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [ref, prerendered]);
  return size;
}

/** A size for a map that has none to measure (a parent that is not laid out either). */
const FALLBACK: Viewport = { width: 960, height: 640 };
