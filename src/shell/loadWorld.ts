import { prepareWorld } from '../compiler/story/prepareWorld';
import type { World } from '../compiler/story/world';
import { readWorldAtlases } from './readAtlas';

let cached: World | undefined;

/** The 1:50m basemap, read and prepared once per process: the command and the dev server share it across rebuilds. */
export function loadWorld(): World {
  cached ??= prepareWorld(readWorldAtlases());
  return cached;
}
