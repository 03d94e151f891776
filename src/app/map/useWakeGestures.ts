import { useEffect, type RefObject } from 'react';
import { wheelZoom, type Gesture } from './gesture';

/** A drag shorter than this is a click, which the SVG map answers itself. */
const DRAG_PX = 5;

/**
 * Watches the SVG map for what only the WebGL map can do (wheel, drag, double click, pinch) and hands each
 * gesture to `onWake`, which starts the WebGL map and keeps the gesture for it.
 */
export function useWakeGestures(ref: RefObject<HTMLElement | null>, onWake: ((gesture: Gesture) => void) | undefined, cooperative = false): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || !onWake) return;
    const local = (event: { clientX: number; clientY: number }): [number, number] => {
      const box = element.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    };
    let down: { x: number; y: number } | null = null;
    // Inside another page a plain wheel scrolls that page, as MapLibre's cooperative gestures have it.
    const onWheel = (event: WheelEvent) => {
      if (cooperative && !event.ctrlKey && !event.metaKey) return;
      onWake({ kind: 'zoom', delta: wheelZoom(event.deltaY), at: local(event) });
    };
    const onDoubleClick = (event: MouseEvent) => onWake({ kind: 'zoom', delta: 1, at: local(event) });
    const onPointerDown = (event: PointerEvent) => {
      down = { x: event.clientX, y: event.clientY };
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!down || Math.hypot(event.clientX - down.x, event.clientY - down.y) < DRAG_PX) return;
      onWake({ kind: 'pan', dx: event.clientX - down.x, dy: event.clientY - down.y });
      down = { x: event.clientX, y: event.clientY };
    };
    const onPointerUp = () => {
      down = null;
    };
    const onTouchStart = (event: TouchEvent) => {
      if (event.touches.length > 1) onWake({ kind: 'none' });
    };
    element.addEventListener('wheel', onWheel, { passive: true });
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    element.addEventListener('touchstart', onTouchStart, { passive: true });
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('touchstart', onTouchStart);
    };
  }, [ref, onWake, cooperative]);
}
