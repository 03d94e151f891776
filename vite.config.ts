import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { embedLoader } from './src/shell/embedLoaderPlugin';
import { minifyStartup } from './src/shell/minifyStartup';
import { prerenderStories } from './src/shell/prerender';
import { contentSecurityPolicy } from './src/shell/securityHeaders';
import { dispatchAtlas } from './src/shell/vitePlugin';

// A relative base lets the built app be served from any path. The scripts load this file with
// `--configLoader runner`, which reads the TypeScript it imports as the app does (no file extensions).
export default defineConfig({
  base: './',
  plugins: [react(), dispatchAtlas(), embedLoader(), minifyStartup(), prerenderStories()],
  build: {
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      // The build reports its result; a timing breakdown of the seeds' compile is `npm run bench`'s job.
      checks: { bundlerTimings: false },
    },
  },
  preview: { headers: contentSecurityPolicy },
});
