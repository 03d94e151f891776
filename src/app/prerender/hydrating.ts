/**
 * Whether React is hydrating the pre-rendered page: set by boot before `hydrateRoot`, cleared once the
 * hydration's commit has run its effects (Root). A flag and not `useSyncExternalStore`'s server snapshot:
 * React re-renders every component whose snapshots differ, synchronously, in one long task after hydration.
 * Should hydration fail and React render the page anew before that commit, the map's groups start empty and
 * its first measured drawing (made in slices, useSvgView) fills them a moment later.
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
