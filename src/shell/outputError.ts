import { relative } from 'node:path';
import { CompileError } from '../compiler/errors';

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a file stands where a folder is needed',
};

/** A file-system error while publishing, told as a problem with the output folder rather than as an internal error. */
export function outputError(error: unknown, outDir: string, cwd = process.cwd()): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === undefined || !(code in WHY)) return error;
  const where = path === undefined ? '' : ` (at ${relative(cwd, path) || path})`;
  return new CompileError([{
    file: relative(cwd, outDir) || outDir,
    message: `cannot write the output: ${WHY[code]}${where}; make the folder writable or choose another with --out`,
  }]);
}
