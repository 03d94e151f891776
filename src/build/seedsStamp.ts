import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of the seeds folder (each story folder's files, with their size and modification
 * time). File watching misses changes on some file systems and containers, so the dev server also
 * compares this stamp before it serves data: an edited seed is never served stale.
 */
export function seedsStamp(seedsDir: string): string {
  return entries(seedsDir)
    .flatMap((folder) => [folder, ...entries(join(seedsDir, folder)).map((file) => join(folder, file))])
    .map((path) => stampOf(join(seedsDir, path), path))
    .join('\n');
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function stampOf(path: string, name: string): string {
  try {
    const stat = statSync(path);
    return `${name} ${stat.size} ${stat.mtimeMs}`;
  } catch {
    return `${name} gone`;
  }
}
