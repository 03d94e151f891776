import { compileAll, type OutputFiles } from '../compiler/compileAll';
import { formatAuthorError } from '../compiler/errors';
import { loadWorld } from './loadWorld';
import { readSeeds } from './readSeeds';

/** Reads `seeds/` and compiles it: the one entry point shared by the command and the Vite plugin. Warnings go to stderr. */
export function compileSeeds(seedsDir: string): OutputFiles {
  return compileAll(readSeeds(seedsDir), loadWorld(), (warning) => console.warn(`Warning: ${formatAuthorError(warning)}`));
}
