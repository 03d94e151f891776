import { compileAll, type OutputFiles } from '../compiler/compileAll';
import { loadWorld } from './loadWorld';
import { readSeeds } from './readSeeds';

/** Reads `seeds/` and compiles it: the one entry point shared by the command and the Vite plugin. */
export function compileSeeds(seedsDir: string): OutputFiles {
  return compileAll(readSeeds(seedsDir), loadWorld());
}
