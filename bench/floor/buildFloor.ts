import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const FLOOR_DIR = dirname(fileURLToPath(import.meta.url));
export const FLOOR_DIST = join(FLOOR_DIR, 'dist');

/** Builds the floor page and gives it the story's basemap, byte for byte the file the app loads. */
export async function buildFloor(appDist: string, storyId: string): Promise<string> {
  await build({ configFile: join(FLOOR_DIR, 'vite.config.ts'), logLevel: 'warn' });
  const target = join(FLOOR_DIST, 'data', storyId);
  mkdirSync(target, { recursive: true });
  copyFileSync(join(appDist, 'data', storyId, 'countries.geojson'), join(target, 'countries.geojson'));
  return FLOOR_DIST;
}
