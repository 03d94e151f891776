// Runs npm scripts side by side and fails if any fails. `npm test` starts the typecheck, the lint and the
// build together: each is mostly one thread, and two cores finish the three in about the time of the longest.
// Each script's output is held and printed whole once it ends, so the lines of two scripts never interleave.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import process from 'node:process';

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write('usage: node scripts/together.mjs <npm script>...\n');
  process.exit(2);
}

function run(name) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => done({ name, code: 1, output: Buffer.from(`${error.message}\n`) }));
    child.on('close', (code) => done({ name, code: code ?? 1, output: Buffer.concat(output) }));
  });
}

const results = await Promise.all(names.map((name) => run(name).then((result) => {
  if (result.output.length > 0) process.stdout.write(result.output);
  process.stdout.write(result.code === 0 ? `✓ ${name}\n` : `✗ ${name} failed (exit ${result.code})\n`);
  return result;
})));
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
