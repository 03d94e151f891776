import { useSyncExternalStore } from 'react';

const unchanging = () => () => undefined;

/**
 * A fact about the browser read once (a media query, an API's presence). The pre-rendered page and the render
 * that hydrates it both take `prerendered`; React then renders again with the browser's answer.
 */
export function useBrowserFact(read: () => boolean, prerendered: boolean): boolean {
  return useSyncExternalStore(unchanging, read, () => prerendered);
}
