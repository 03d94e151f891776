import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedFile } from './readSeedFile';

/**
 * A fingerprint of the seeds folder: every story folder's file names and contents. File watching
 * misses changes on some file systems and in some containers, and modification times can be too
 * coarse to tell two edits apart, so the dev server compares this before it serves data. A story
 * is a few kilobytes of text: hashing it at each request costs next to nothing.
 */
export function seedsStamp(seedsDir: string): string {
  const hash = createHash('sha256');
  for (const folder of entries(seedsDir)) {
    for (const file of entries(join(seedsDir, folder))) hash.update(`${folder}/${file}\0`).update(contents(join(seedsDir, folder, file))).update('\0');
  }
  return hash.digest('hex');
}

function entries(dir: string): string[] {
  try {
    return lstatSync(dir).isDirectory() ? readdirSync(dir).sort() : [];
  } catch {
    return [];
  }
}

/** Read as the compiler reads it, so a link, a FIFO or a device is never followed, waited on or read whole. */
function contents(path: string): string {
  try {
    return JSON.stringify(readSeedFile(path));
  } catch {
    return 'unreadable';
  }
}
