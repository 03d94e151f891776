import { createContext } from 'react';
import type { AppMode } from '../appMode';
import type { Viewport } from '../map/camera';
import type { Bleed } from '../map/mercatorView';

/**
 * The SVG map's frame where nothing can be measured: on the build machine, and in the render that hydrates that
 * markup, which must be the same. The map is then drawn at a phone's (or the 600×450 embed's) map size, centred,
 * and bleeds past it so that a wider screen sees land to its edges until the first measure redraws it.
 */
export interface PrerenderFrame {
  size: Viewport;
  bleed: Bleed;
}

/** Measured at 390×844 (the page) and 600×450 (the embed) in headless Chromium; tests/browser/prerender.test.ts. */
export const PRERENDER_FRAMES: Record<AppMode, PrerenderFrame> = {
  page: { size: { width: 390, height: 474 }, bleed: { x: 320, y: 160 } },
  embed: { size: { width: 600, height: 360 }, bleed: { x: 420, y: 60 } },
};

/** The pre-rendered frame while the markup is made or hydrated; null once the map can measure itself. */
export const PrerenderContext = createContext<PrerenderFrame | null>(null);
