import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFiles } from '../compiler/compileAll';

/**
 * Replaces the data folder in one rename: everything is written to a sibling folder first,
 * so a failed or interrupted build leaves the previous data as it was and no half-written file.
 */
export function writeDataDir(outDir: string, files: OutputFiles): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  removeStale(parent, basename(outDir));
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  try {
    for (const [path, contents] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), contents);
    }
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
    throw error;
  }
}

/** Cleans up after a build that was killed: staging folders go, and data moved aside comes back. */
function removeStale(parent: string, name: string): void {
  for (const entry of readdirSync(parent).sort()) {
    const path = join(parent, entry);
    if (entry.startsWith(`${name}.old-`) && !existsSync(join(parent, name))) renameSync(path, join(parent, name));
    else if (entry.startsWith(`${name}.tmp-`) || entry.startsWith(`${name}.old-`)) rmSync(path, { recursive: true, force: true });
  }
}
