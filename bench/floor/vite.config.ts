import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// A separate tiny build, so the floor pays exactly what Vite's bundling of maplibre-gl costs.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
