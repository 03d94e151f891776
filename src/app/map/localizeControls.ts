/** The parts of a maplibre Map this needs: its UI-string table and its DOM. */
export interface LocalizableMap {
  _locale: Record<string, string>;
  getContainer(): HTMLElement;
  getCanvas(): HTMLCanvasElement;
}

const BUTTONS: readonly [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen:not(.maplibregl-ctrl-shrink)', 'FullscreenControl.Enter'],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit'],
];

/**
 * maplibre reads its `locale` once, when the map is created. When the reader switches language, this gives the
 * map the new strings (for what it builds later) and renames what it has built: the controls and the canvas.
 */
export function localizeControls(map: LocalizableMap, strings: Record<string, string>): void {
  map._locale = { ...map._locale, ...strings };
  const container = map.getContainer();
  for (const [selector, key] of BUTTONS) {
    const text = strings[key];
    if (!text) continue;
    for (const button of container.querySelectorAll(selector)) {
      button.setAttribute('aria-label', text);
      button.setAttribute('title', text);
    }
  }
  const title = strings['Map.Title'];
  if (title) map.getCanvas().setAttribute('aria-label', title);
}
