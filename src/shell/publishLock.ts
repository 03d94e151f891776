import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Thrown when another compile, still running, holds the output folder. */
export class PublishBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishBusyError';
  }
}

/**
 * Takes `<out>.lock` for this process. The lock names its owner's pid: a lock whose process is gone
 * (a killed build) is taken over; a live one, even paused, makes this compile stop. The lock is
 * created whole by a hard link, so a reader never sees an empty one.
 */
export function acquireLock(lock: string, out: string): void {
  const mine = `${lock}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (tryLink(mine, lock)) return;
      const owner = ownerOf(lock);
      if (owner !== null && isAlive(owner)) {
        throw new PublishBusyError(`another compile (process ${owner}) is writing ${out}; nothing was published. Run again when it has finished (if no compile is running, delete ${lock}).`);
      }
      if (owner !== null) breakStaleLock(lock, owner);
    }
    throw new PublishBusyError(`${lock} names no running process but could not be taken over; if no compile is running, delete it and run again.`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Whether this process still holds the lock: checked again just before publishing. */
export function holdsLock(lock: string): boolean {
  return ownerOf(lock) === process.pid;
}

export function releaseLock(lock: string): void {
  if (holdsLock(lock)) rmSync(lock, { force: true });
}

/**
 * Removes a dead owner's lock. Two compiles may both find it dead: the `.break` guard lets only
 * one of them remove it, so neither removes the lock the other has just taken.
 */
function breakStaleLock(lock: string, deadOwner: number): void {
  const guard = `${lock}.break`;
  const mine = `${guard}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    if (!tryLink(mine, guard)) {
      const breaker = ownerOf(guard);
      if (breaker !== null && !isAlive(breaker)) rmSync(guard, { force: true });
      return;
    }
    if (ownerOf(lock) === deadOwner) rmSync(lock, { force: true });
    rmSync(guard, { force: true });
  } finally {
    rmSync(mine, { force: true });
  }
}

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function ownerOf(lock: string): number | null {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
