import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/shell/readSeeds';
import { formatAuthorError, isCompileError } from '../../src/compiler/errors';

const ROOT = resolve(__dirname, '../..');
const STORY = 'blinken-astana-2023-02-28';
let dir: string;
let seeds: string;
let story: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
  seeds = join(dir, 'seeds');
  story = join(seeds, STORY);
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  writeFileSync(join(dir, 'secret.env'), 'CI_TOKEN=hunter2\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The located problems readSeeds stops with, as the command prints them. */
function problems(): string[] {
  try {
    readSeeds(seeds, dir, () => {});
  } catch (error) {
    if (isCompileError(error)) return error.errors.map(formatAuthorError);
    throw error;
  }
  return [];
}

function replaceWithLink(name: string, target: string): void {
  rmSync(join(story, name), { recursive: true, force: true });
  symlinkSync(target, join(story, name));
}

describe('seed files are read only when they are regular files', () => {
  it('refuses an article.txt linked to a secrets file, and never reads the secret', () => {
    replaceWithLink('article.txt', join(dir, 'secret.env'));
    const found = problems();
    expect(found).toEqual([`seeds/${STORY}/article.txt is a symbolic link; article.txt must be a regular text file in the story folder: copy the file in instead of linking it`]);
    expect(found.join()).not.toContain('hunter2');
  });

  it('refuses an article.txt linked to /dev/zero instead of reading it forever', () => {
    replaceWithLink('article.txt', '/dev/zero');
    expect(problems()).toEqual([expect.stringContaining(`seeds/${STORY}/article.txt is a symbolic link`)]);
  });

  it('says a story.yaml link leads nowhere, or loops', () => {
    replaceWithLink('story.yaml', 'missing.yaml');
    expect(problems()).toEqual([expect.stringContaining(`seeds/${STORY}/story.yaml is a symbolic link that leads nowhere;`)]);
    replaceWithLink('story.yaml', 'story.yaml');
    expect(problems()).toEqual([expect.stringContaining(`seeds/${STORY}/story.yaml is a symbolic link that loops;`)]);
  });

  it('refuses an article.txt or a story.yaml that is a folder', () => {
    rmSync(join(story, 'article.txt'));
    rmSync(join(story, 'story.yaml'));
    mkdirSync(join(story, 'article.txt'));
    mkdirSync(join(story, 'story.yaml'));
    expect(problems()).toEqual([
      `seeds/${STORY}/article.txt is a folder; article.txt must be a regular text file in the story folder`,
      `seeds/${STORY}/story.yaml is a folder; story.yaml must be a regular text file in the story folder`,
    ]);
  });

  it('refuses a story folder that is a link', () => {
    symlinkSync(story, join(seeds, 'linked-story'));
    expect(problems()).toEqual([expect.stringContaining('seeds/linked-story is a symbolic link; a story is a real folder inside seeds/')]);
  });

  it('refuses an article over the size cap with its size and the limit', () => {
    truncateSync(join(story, 'article.txt'), 5 * 1024 * 1024);
    expect(problems()).toEqual([`seeds/${STORY}/article.txt is 5.0 MB; a seed file may hold at most 4 MB`]);
  });
});

describe('seed file encodings', () => {
  const article = () => readFileSync(join(ROOT, 'seeds', STORY, 'article.txt'), 'utf8');

  it('reads a UTF-16 article with a byte-order mark as the same text, with a notice', () => {
    for (const [bom, body] of [['fffe', Buffer.from(article(), 'utf16le')], ['feff', Buffer.from(article(), 'utf16le').swap16()]] as const) {
      writeFileSync(join(story, 'article.txt'), Buffer.concat([Buffer.from(bom, 'hex'), body]));
      const notices: string[] = [];
      const [read] = readSeeds(seeds, dir, (notice) => notices.push(notice));
      expect(read!.article.text).toBe(article());
      expect(notices).toEqual([expect.stringMatching(new RegExp(`^seeds/${STORY}/article.txt was saved as UTF-16 (LE|BE); it was read as such and converted`))]);
    }
  });

  it('refuses a UTF-16 article without a byte-order mark instead of compiling NUL-interleaved text', () => {
    writeFileSync(join(story, 'article.txt'), Buffer.from(article(), 'utf16le'));
    expect(problems()).toEqual([`seeds/${STORY}/article.txt holds NUL bytes: it looks like UTF-16 without a byte-order mark, or a binary file; save it as UTF-8`]);
  });
});

describe('npm run compile with a FIFO as article.txt', () => {
  it('stops with a located error instead of waiting for a writer for good', () => {
    rmSync(join(story, 'article.txt'));
    execFileSync('mkfifo', [join(story, 'article.txt')]);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/compile.mjs'), '--seeds', 'seeds', '--out', 'out'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`seeds/${STORY}/article.txt is not a regular file (a FIFO, socket or device); article.txt must be a regular text file`);
  }, 40_000);
});
