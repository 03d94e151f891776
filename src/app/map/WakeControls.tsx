import type { Messages } from '../i18n';
import type { Gesture } from './gesture';
import { ResetIcon } from './ResetIcon';

interface Props {
  t: Messages;
  onWake: (gesture: Gesture) => void;
  /** Back to the story's overview: the SVG map redraws it, as the WebGL map's own reset button would. */
  onReset?: () => void;
}

/**
 * The WebGL map's zoom, reset and fullscreen buttons, drawn over the SVG map where MapLibre will draw its own: reaching
 * one (focus or click) starts the WebGL map, and a click's zoom is kept for it.
 */
export function WakeControls({ t, onWake, onReset }: Props) {
  const labels = t.mapLocale;
  const fullscreen = (button: HTMLElement) => {
    onWake({ kind: 'none' });
    void button.closest('.stage')?.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <div className="wake-controls" data-testid="map-wake" onFocus={() => onWake({ kind: 'none' })}>
      <div className="wake-controls__group">
        <button type="button" className="wake-controls__zoom-in" aria-label={labels['NavigationControl.ZoomIn']} title={labels['NavigationControl.ZoomIn']} onClick={() => onWake({ kind: 'zoom', delta: 1 })} />
        <button type="button" className="wake-controls__zoom-out" aria-label={labels['NavigationControl.ZoomOut']} title={labels['NavigationControl.ZoomOut']} onClick={() => onWake({ kind: 'zoom', delta: -1 })} />
      </div>
      {onReset && (
        <div className="wake-controls__group">
          <button type="button" className="reset-view" aria-label={t.resetView} title={t.resetView} onClick={onReset}>
            <ResetIcon />
          </button>
        </div>
      )}
      <div className="wake-controls__group">
        <button type="button" className="wake-controls__fullscreen" aria-label={labels['FullscreenControl.Enter']} title={labels['FullscreenControl.Enter']} onClick={(event) => fullscreen(event.currentTarget)} />
      </div>
    </div>
  );
}
