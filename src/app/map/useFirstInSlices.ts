import { startTransition, useEffect, useState } from 'react';
import { runInSlices, type Steps } from './slices';

/**
 * The first result of `steps(key)`, run in slices between the browser's tasks (see slices.ts), with the key it
 * was made for; null until then. A new key drops the work under way and starts again; a null key starts none.
 * Once there is a result nothing runs again. `steps` stays the same function (declared at module level): the
 * key holds everything it reads.
 */
export function useFirstInSlices<K extends object, T>(key: K | null, steps: (key: K) => Steps<T>): { key: K; value: T } | null {
  const [first, setFirst] = useState<{ key: K; value: T } | null>(null);
  const wanted = first ? null : key;
  useEffect(() => {
    if (wanted === null) return;
    const abort = new AbortController();
    runInSlices(steps(wanted), abort.signal).then(
      (value) => {
        // Rendered in a transition too: React then makes the new elements in slices as well, where a promise's
        // update would render and commit them in one task (about 100 ms for the seed's map on this machine).
        if (value !== undefined) startTransition(() => setFirst({ key: wanted, value }));
      },
      // Thrown where the work would have thrown at once, in render: the component's error boundary shows it.
      (error: unknown) => {
        if (!abort.signal.aborted) setFirst(() => {
          throw error;
        });
      },
    );
    return () => abort.abort();
  }, [wanted, steps]);
  return first;
}
