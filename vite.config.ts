import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { LANGUAGES, REFERENCE_LANG } from './src/app/i18n';
import { embedLoader } from './src/shell/embedLoaderPlugin';
import { i18nKeys } from './src/shell/i18nKeys';
import { contentSecurityPolicy } from './src/shell/securityHeaders';
import { dispatchAtlas } from './src/shell/vitePlugin';

// A relative base lets the built app be served from any path.
export default defineConfig({
  base: './',
  plugins: [react(), dispatchAtlas(), embedLoader(), i18nKeys(LANGUAGES, REFERENCE_LANG)],
  build: {
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  preview: { headers: contentSecurityPolicy },
});
