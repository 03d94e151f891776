/**
 * Work written as a generator: each `yield` marks a point where its runner may give the main thread back.
 * The same steps run at once (`runNow`) or in slices between the browser's tasks (`runInSlices`), so a redraw
 * that can wait does not block a phone's main thread for the whole of it.
 */
export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceClock {
  now: () => number;
  /** Resolves in a later task, once the browser has had its turn. */
  pause: () => Promise<void>;
}

/**
 * Runs the steps in slices of about `budget` ms. Resolves with the result, or with undefined once `signal` is
 * aborted (the steps are then dropped where they stand).
 */
export async function runInSlices<T>(steps: Steps<T>, signal: AbortSignal, budget = SLICE_MS, clock: SliceClock = BROWSER_CLOCK): Promise<T | undefined> {
  let started = clock.now();
  for (;;) {
    if (signal.aborted) return undefined;
    const next = steps.next();
    if (next.done) return next.value;
    if (clock.now() - started >= budget) {
      await clock.pause();
      started = clock.now();
    }
  }
}

// Lighthouse counts a task as blocking past 50 ms on a phone four times slower than this machine's core.
const SLICE_MS = 8;

/** A message to itself comes back in a task of its own, without setTimeout's 4 ms clamp when nested. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const BROWSER_CLOCK: SliceClock = { now: () => performance.now(), pause: nextTask };
