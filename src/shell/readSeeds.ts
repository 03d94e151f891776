import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { StorySource } from '../compiler/story/compileStory';
import { CompileError, type AuthorError } from '../compiler/errors';
import { readSeedFile } from './readSeedFile';

const STORY_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Reads every story folder in `seeds/`: its `article.txt` and, when present, its `story.yaml`.
 * Links and special files are refused, never followed (see readSeedFile).
 */
export function readSeeds(seedsDir: string, cwd = process.cwd(), notify: (notice: string) => void = console.warn): StorySource[] {
  if (!existsSync(seedsDir)) throw new CompileError([{ file: relative(cwd, seedsDir) || seedsDir, message: 'the seeds folder does not exist' }]);
  const entries = readdirSync(seedsDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const problems: AuthorError[] = entries.flatMap((entry) => folderProblems(entry, relative(cwd, join(seedsDir, entry.name))));
  const stories: StorySource[] = [];
  for (const entry of entries.filter((entry) => entry.isDirectory() && STORY_ID.test(entry.name))) {
    const read = (name: string) => {
      const path = join(seedsDir, entry.name, name);
      const file = relative(cwd, path);
      const result = readSeedFile(path);
      if (result?.ok === false) problems.push({ file, message: result.message });
      if (result?.ok && result.notice) notify(`${file} ${result.notice}`);
      return result?.ok ? { file, text: result.text } : result === null ? null : undefined;
    };
    const article = read('article.txt');
    const annotation = read('story.yaml');
    if (article === null) problems.push({ file: relative(cwd, join(seedsDir, entry.name)), message: 'missing article.txt; every story folder holds the dispatch as article.txt' });
    if (article) stories.push({ id: entry.name, article, ...(annotation ? { annotation } : {}) });
  }
  if (problems.length > 0) throw new CompileError(problems);
  return stories;
}

function folderProblems(entry: Dirent, file: string): AuthorError[] {
  if (entry.isSymbolicLink()) return [{ file, message: 'is a symbolic link; a story is a real folder inside seeds/ (links are never followed)' }];
  if (!entry.isDirectory() || STORY_ID.test(entry.name)) return [];
  return [{ file, message: `story folder names are ids: lowercase letters, digits and "-" (e.g. "blinken-astana-2023-02-28")` }];
}
