import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { embedLoader } from './src/shell/embedLoaderPlugin';
import { contentSecurityPolicy } from './src/shell/securityHeaders';
import { dispatchAtlas } from './src/shell/vitePlugin';

// A relative base lets the built app be served from any path.
export default defineConfig({
  base: './',
  plugins: [react(), dispatchAtlas(), embedLoader()],
  build: {
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  preview: { headers: contentSecurityPolicy },
});
