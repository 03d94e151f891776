import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useControl } from 'react-map-gl/maplibre';
import type { IControl } from 'maplibre-gl';
import { ResetIcon } from './ResetIcon';

/** A map control whose button React renders, so its label follows the UI language. */
class PortalControl implements IControl {
  readonly container: HTMLDivElement;
  constructor() {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
  }
  onAdd(): HTMLElement {
    return this.container;
  }
  onRemove(): void {
    this.container.remove();
  }
}

export function ResetControl({ label, onReset }: { label: string; onReset: () => void }) {
  const [control] = useState(() => new PortalControl());
  useControl(() => control, { position: 'top-right' });
  return createPortal(
    <button type="button" className="reset-view" title={label} aria-label={label} onClick={onReset}>
      <ResetIcon />
    </button>,
    control.container,
  );
}
