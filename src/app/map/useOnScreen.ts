import { useCallback, useState } from 'react';
import type { OnScreen } from './onScreen';

/** What the map draws on screen, kept as one state that changes only when it does (the map settles often). */
export function useOnScreen(): [OnScreen | null, (next: OnScreen) => void] {
  const [current, setCurrent] = useState<OnScreen | null>(null);
  const update = useCallback(
    (next: OnScreen) => setCurrent((was) => (was && JSON.stringify(was) === JSON.stringify(next) ? was : next)),
    [],
  );
  return [current, update];
}
