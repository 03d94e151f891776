import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StorySource } from '../compiler/story/compileStory';
import { CompileError } from '../compiler/errors';

const STORY_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Reads every story folder in `seeds/`: its `article.txt` and, when present, its `story.yaml`. */
export function readSeeds(seedsDir: string, cwd = process.cwd()): StorySource[] {
  if (!existsSync(seedsDir)) throw new CompileError([{ file: relative(cwd, seedsDir) || seedsDir, message: 'the seeds folder does not exist' }]);
  const folders = readdirSync(seedsDir).filter((name) => statSync(join(seedsDir, name)).isDirectory()).sort();
  const problems = folders.flatMap((name) => {
    const file = relative(cwd, join(seedsDir, name));
    if (!STORY_ID.test(name)) return [{ file, message: `story folder names are ids: lowercase letters, digits and "-" (e.g. "blinken-astana-2023-02-28")` }];
    if (!existsSync(join(seedsDir, name, 'article.txt'))) return [{ file, message: 'missing article.txt; every story folder holds the dispatch as article.txt' }];
    return [];
  });
  if (problems.length > 0) throw new CompileError(problems);
  return folders.map((id) => {
    const article = join(seedsDir, id, 'article.txt');
    const annotation = join(seedsDir, id, 'story.yaml');
    return {
      id,
      article: { file: relative(cwd, article), text: readFileSync(article, 'utf8') },
      ...(existsSync(annotation) ? { annotation: { file: relative(cwd, annotation), text: readFileSync(annotation, 'utf8') } } : {}),
    };
  });
}
