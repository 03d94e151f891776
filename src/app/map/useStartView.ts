import { useLayoutEffect, useState, type RefObject } from 'react';
import { cameraFor, type Camera, type CameraTarget, type Viewport } from './camera';

/**
 * The story's first camera for the map's frame, measured before the map exists (a layout effect runs before
 * the first paint). Creating the map at the right camera spares a jump on load, which would lay out and
 * draw the first view twice.
 */
export function useStartView(frameRef: RefObject<HTMLDivElement | null>, target: CameraTarget): { frame: Viewport; camera: Camera } | null {
  const [start, setStart] = useState<{ frame: Viewport; camera: Camera } | null>(null);
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!element || start) return;
    const frame = { width: element.clientWidth, height: element.clientHeight };
    setStart({ frame, camera: cameraFor(target, frame) });
  }, [frameRef, target, start]);
  return start;
}
