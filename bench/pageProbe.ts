/**
 * Runs in the page before any of its scripts (as an init script). It records, with the page's own
 * clock (performance.now(), whose zero is navigation start): the map's first `idle`, the first frame with the
 * SVG map, when the article and the way to the country list first show, and every long task.
 */
export function installProbe(): void {
  interface Probe {
    idle: number | null;
    /** The first frame with the app's SVG map drawn (the floor page has none: its first pixels are its idle). */
    mapPixels: number | null;
    article: number | null;
    countries: number | null;
    longTasks: { start: number; duration: number }[];
  }
  const probe: Probe = { idle: null, mapPixels: null, article: null, countries: null, longTasks: [] };
  (window as unknown as { __bench: Probe }).__bench = probe;

  // The app (and the floor page) expose their map as `window.__atlas = { map }` once it is created.
  let atlas: unknown;
  let hooked = false;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => atlas,
    set: (value: { map?: { once(event: string, listener: () => void): void } } | undefined) => {
      atlas = value;
      if (hooked || !value?.map) return;
      hooked = true;
      value.map.once('idle', () => {
        probe.idle = performance.now();
      });
    },
  });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: blocking time then reads as 0.
  }

  const shown = (element: Element | null | undefined): boolean =>
    Boolean(element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden');
  const countriesShown = (): boolean => {
    if (shown(document.querySelector('[data-testid="country-list"]'))) return true;
    // At first the list sits behind its tab: the tab being visible is what the reader can act on.
    return [...document.querySelectorAll('button, [role="tab"]')].some(
      (button) => /^\s*(Pays|Countries)\s*$/.test(button.textContent ?? '') && shown(button),
    );
  };
  // Checked once per frame, just before the browser paints it.
  const tick = () => {
    const now = performance.now();
    const article = document.querySelector('[data-testid="article"]');
    // An empty article element is not the text: it counts once its first paragraph is there.
    if (probe.article === null && shown(article) && (article?.textContent ?? '').trim().length > 0) probe.article = now;
    if (probe.countries === null && countriesShown()) probe.countries = now;
    if (probe.mapPixels === null && shown(document.querySelector('[data-testid="static-map"] svg path'))) probe.mapPixels = now;
    if (probe.article === null || probe.countries === null || (probe.mapPixels === null && probe.idle === null)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
