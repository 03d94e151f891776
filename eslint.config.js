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
  {
    files: ['src/compiler/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'maplibre-gl', 'react-map-gl*', '../app/*', '**/app/*'] }],
    },
  },
);
