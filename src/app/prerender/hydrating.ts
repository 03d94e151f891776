/**
 * Whether React is hydrating the pre-rendered page: set by boot before `hydrateRoot`, cleared once the
 * hydration's commit has run its effects (Root). A flag and not `useSyncExternalStore`'s server snapshot:
 * React re-renders every component whose snapshots differ, synchronously, in one long task after hydration.
 */
let hydrating = false;

export function startHydrating(): void {
  hydrating = true;
}

export function hydrationDone(): void {
  hydrating = false;
}

export function isHydrating(): boolean {
  return hydrating;
}
