import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatAuthorError, isCompileError } from '../compiler/errors';
import { compileSeeds } from './compileSeeds';
import { PublishBusyError } from './publishLock';
import { writeDataDir } from './writeDataDir';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'dist/data' } },
});

try {
  const started = performance.now();
  const files = compileSeeds(resolve(values.seeds));
  writeDataDir(resolve(values.out), files);
  const stories = [...files.keys()].filter((path) => path.endsWith('/story.json')).length;
  console.log(`Compiled ${stories} ${stories === 1 ? 'story' : 'stories'} into ${values.out} (${files.size} files) in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  if (isCompileError(error)) {
    console.error(`The build stopped: ${error.errors.length} ${error.errors.length === 1 ? 'problem' : 'problems'} to fix. ${values.out} was left as it was.\n`);
    for (const problem of error.errors) console.error(`  ${formatAuthorError(problem)}`);
  } else if (error instanceof PublishBusyError) {
    console.error(`The build stopped: ${error.message}`);
  } else {
    console.error(`Internal error while compiling: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exitCode = 1;
}
