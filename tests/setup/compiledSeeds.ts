import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compileSeeds } from '../../src/shell/compileSeeds';

/** Where the unit tests find the seeds compiled for this run: never `dist/`, which a build may be replacing. */
export const COMPILED_FOR_TESTS = resolve(import.meta.dirname, '../../node_modules/.cache/dispatch-atlas-tests/data');

/** Vitest global setup: compiles `seeds/` once, in process, before any test file runs. */
export default function setup(): void {
  const files = compileSeeds(resolve(import.meta.dirname, '../../seeds'));
  rmSync(COMPILED_FOR_TESTS, { recursive: true, force: true });
  for (const [path, contents] of files) {
    const file = join(COMPILED_FOR_TESTS, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}
