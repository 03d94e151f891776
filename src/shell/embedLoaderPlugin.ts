import { resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

/**
 * Emits `embed.js`, the loader host pages include with a classic `<script async>`: one
 * self-contained IIFE with a stable name, built apart so it never imports a shared chunk.
 */
export function embedLoader(entry = 'src/embedLoader/loader.ts'): Plugin {
  return {
    name: 'dispatch-atlas-embed-loader',
    apply: 'build',
    async generateBundle() {
      const result = (await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          lib: { entry: resolve(entry), formats: ['iife'], name: 'DispatchAtlasLoader', fileName: () => 'embed.js' },
        },
      })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
      const outputs = Array.isArray(result) ? result : [result];
      const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error('the embed loader did not build');
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: chunk.code });
    },
  };
}
