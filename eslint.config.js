import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results*', 'bench/floor/dist', 'bench/.tmp', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Article text is rendered as text, never HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never write innerHTML.' },
      ],
    },
  },
  // What each side may import. The compiler is pure: no disk, no network, no browser. The app reads only
  // what the compiler wrote. Both meet in src/shared, which imports neither.
  {
    files: ['src/compiler/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'module', 'url', 'os', 'child_process'], message: 'The compiler is pure: the shell (src/shell) touches the disk and hands data in.' },
          { group: ['react', 'react-dom', 'maplibre-gl', 'react-map-gl', 'react-map-gl/*'], message: 'The compiler never imports React or MapLibre.' },
          { group: ['**/app/*', '**/app', '**/shell/*', '**/embedLoader/*'], message: 'The compiler imports only itself and src/shared.' },
        ],
      }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/compiler/*', '**/compiler', '**/shell/*', '**/shell'], message: 'The app reads what the compiler wrote; it shares only src/shared with it.' },
          { group: ['**/embedLoader/*', '**/embedLoader'], message: 'The loader is built apart for host pages; the app meets it only through src/shared/embedProtocol.' },
        ],
      }],
    },
  },
  // Embeds have three parts: src/embedLoader (embed.js, run in host pages), src/app/embedBridge (the iframe's
  // side) and src/shell/embedLoaderPlugin.ts (builds embed.js). The first two speak src/shared/embedProtocol.
  {
    files: ['src/embedLoader/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/app/*', '**/app', '**/compiler/*', '**/compiler', '**/shell/*', '**/shell', 'node:*', 'react', 'react-dom', 'maplibre-gl', 'react-map-gl', 'react-map-gl/*'],
          message: 'embed.js runs in host pages: it imports only itself and src/shared.',
        }],
      }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['node:*', '**/compiler/*', '**/app/*', '**/shell/*', '**/embedLoader/*', 'react', 'maplibre-gl'], message: 'src/shared is imported by both sides and imports neither.' }],
      }],
    },
  },
);
