import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { decodeSeedText } from './decodeSeedText';

/** Larger than any dispatch (the seed is 9 KB, the compiler is tested on 1 MB): past it, the file is a mistake or an attack. */
export const MAX_SEED_BYTES = 4 * 1024 * 1024;

export type SeedRead = { ok: true; text: string; notice?: string } | { ok: false; message: string };

/**
 * Reads one seed file, which must be a regular file: never a link (git stores links, and a
 * contributed seed could link to a secret), a folder, a FIFO (which blocks) or a device
 * (`/dev/zero` never ends). Returns null when there is no such file.
 */
export function readSeedFile(path: string): SeedRead | null {
  const stats = lstatOrNull(path);
  if (stats === null) return null;
  const refusal = refuse(path, stats);
  if (refusal !== null) return { ok: false, message: refusal };
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    // Checked again on the open file: it may have been swapped since lstat.
    const opened = fstatSync(fd);
    const late = refuse(path, opened);
    if (late !== null) return { ok: false, message: late };
    const bytes = Buffer.alloc(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeSeedText(bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

function refuse(path: string, stats: Stats): string | null {
  const name = basename(path);
  const valid = `${name} must be a regular text file in the story folder`;
  if (stats.isSymbolicLink()) return `is a symbolic link${whereItLeads(path)}; ${valid}: copy the file in instead of linking it`;
  if (stats.isDirectory()) return `is a folder; ${valid}`;
  if (!stats.isFile()) return `is not a regular file (a FIFO, socket or device); ${valid}`;
  if (stats.size > MAX_SEED_BYTES) return `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; a seed file may hold at most ${MAX_SEED_BYTES / 1024 / 1024} MB`;
  return null;
}

function whereItLeads(path: string): string {
  try {
    statSync(path);
    return '';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? ' that loops' : code === 'ENOENT' ? ' that leads nowhere' : '';
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
