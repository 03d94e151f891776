import { lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFiles } from '../compiler/compileAll';
import { MadeHere } from './madeHere';
import { outputError } from './outputError';
import { acquireLock, holdsLock, PublishBusyError, releaseLock } from './publishLock';

/**
 * Publishes the data folder in one atomic step. Each build writes a new folder `<out>.v-<pid>-<time>`
 * next to `<out>`, then renames a symbolic link over `<out>`: a reader, or a build killed at any
 * moment, sees the previous folder whole or the new one whole. A lock (`<out>.lock`) lets one
 * build publish at a time; a second one stops with a message while the first is alive.
 */
export function writeDataDir(outDir: string, files: OutputFiles): void {
  try {
    publish(outDir, files);
  } catch (error) {
    throw outputError(error, outDir);
  }
}

/** Two writes in the same millisecond (the tests make them) would otherwise pick the folder already published. */
let writes = 0;

function publish(outDir: string, files: OutputFiles): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const lock = `${outDir}.lock`;
  acquireLock(lock, outDir);
  const made = new MadeHere(`${outDir}.versions.json`);
  const version = `${basename(outDir)}.v-${process.pid}-${Date.now().toString(36)}n${(writes++).toString(36)}`;
  try {
    removeLeftovers(outDir, made);
    made.add(version);
    writeFiles(join(parent, version), files);
    if (!holdsLock(lock)) throw new PublishBusyError(`${lock} was taken by another compile while this one wrote; nothing was published.`);
    pointAt(outDir, version, made);
  } finally {
    // Without the lock, the other names may be another build's work in progress: only this build's own folder goes.
    if (holdsLock(lock)) removeLeftovers(outDir, made);
    else rmSync(join(parent, version), { recursive: true, force: true });
    releaseLock(lock);
  }
}

function writeFiles(folder: string, files: OutputFiles): void {
  for (const [path, contents] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), contents);
  }
}

/** Renames a new link over `<out>`. A real folder there (from `vite build`) is first moved aside. */
function pointAt(outDir: string, version: string, made: MadeHere): void {
  const link = `${basename(outDir)}.link-${process.pid}`;
  made.add(link);
  rmSync(join(dirname(outDir), link), { force: true });
  symlinkSync(version, join(dirname(outDir), link));
  if (kindOf(outDir) === 'folder') {
    const aside = `${basename(outDir)}.v-${process.pid}-previous`;
    made.add(aside);
    renameSync(outDir, join(dirname(outDir), aside));
  }
  renameSync(join(dirname(outDir), link), outDir);
}

/** Deletes every listed name except the published one; brings back a folder moved aside by a build killed before its link. */
function removeLeftovers(outDir: string, made: MadeHere): void {
  const parent = dirname(outDir);
  const aside = made.list().find((name) => name.endsWith('-previous'));
  if (kindOf(outDir) === 'none' && aside !== undefined && kindOf(join(parent, aside)) === 'folder') {
    renameSync(join(parent, aside), outDir);
    made.remove(aside);
  }
  const published = kindOf(outDir) === 'link' ? readlinkSync(outDir) : null;
  for (const name of made.list()) {
    if (name === published) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    made.remove(name);
  }
}

function kindOf(path: string): 'none' | 'link' | 'folder' | 'other' {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'none';
  }
}
