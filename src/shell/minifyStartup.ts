import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifySync, type Plugin } from 'vite';

/**
 * Minifies the copy of public/startup.js the build writes: every page loads it before anything else, and
 * Vite copies public/ as it is. The source stays readable, and `vite` serves it unminified.
 */
export function minifyStartup(file = 'startup.js'): Plugin {
  let written = '';
  return {
    name: 'dispatch-atlas-minify-startup',
    apply: 'build',
    configResolved(config) {
      written = resolve(config.root, config.build.outDir, file);
    },
    closeBundle() {
      const { code, errors } = minifySync(file, readFileSync(written, 'utf8'));
      if (errors.length > 0) throw new Error(`${file} does not minify: ${errors.map((error) => error.message).join('; ')}`);
      writeFileSync(written, code);
    },
  };
}
