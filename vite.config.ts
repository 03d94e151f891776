import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dispatchAtlas } from './src/build/vitePlugin';

// A relative base lets the built app be served from any path.
export default defineConfig({
  base: './',
  plugins: [react(), dispatchAtlas()],
  build: { chunkSizeWarningLimit: 1500 },
});
