// `npm run compile`: runs src/shell/cli.ts as one plain-Node bundle. Starting tsx costs about a
// second, more than the compile itself; bundling costs 150 ms, so the bundle is rebuilt only when
// a file it was built from (or the lockfile, tsconfig or this script) has changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'src/shell/cli.ts';
const OUT_DIR = join(ROOT, 'node_modules/.cache/dispatch-atlas');
const BUNDLE = join(OUT_DIR, 'cli.mjs');
const STAMP = join(OUT_DIR, 'cli.inputs.json');
const ALWAYS = ['package-lock.json', 'tsconfig.json', 'scripts/compile.mjs'];

/** A hash of every file the bundle depends on, so that any edit or reinstall rebuilds it. */
function inputsHash(inputs) {
  const hash = createHash('sha256');
  for (const file of [...ALWAYS, ...inputs]) {
    const path = join(ROOT, file);
    hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : 'missing').update('\0');
  }
  return hash.digest('hex');
}

function isFresh() {
  if (!existsSync(BUNDLE) || !existsSync(STAMP)) return false;
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  return stamp.hash === inputsHash(stamp.inputs);
}

/** Writes to a temporary name first: a compile started meanwhile never runs half a bundle. */
function writeAtomically(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Whether a file the bundle was built from was saved while esbuild was reading the sources. */
function changedSince(inputs, started) {
  return inputs.some((file) => {
    const path = join(ROOT, file);
    return existsSync(path) && statSync(path).mtimeMs >= started;
  });
}

async function rebuild() {
  const started = Date.now();
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, ENTRY)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: BUNDLE,
    metafile: true,
    logLevel: 'warning',
    // CommonJS dependencies (yaml) call require(), which an ES module does not have.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  mkdirSync(OUT_DIR, { recursive: true });
  rmSync(STAMP, { force: true });
  writeAtomically(BUNDLE, result.outputFiles[0].text);
  // Hashed after the build, the stamp would vouch for an edit the bundle does not hold: leave it
  // unwritten and the next run bundles again.
  if (!changedSince(inputs, started)) writeAtomically(STAMP, JSON.stringify({ hash: inputsHash(inputs), inputs }));
}

if (!isFresh()) await rebuild();
await import(pathToFileURL(BUNDLE).href);
