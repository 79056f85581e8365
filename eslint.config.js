import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'electron',
          message: 'The engine, shared code, the CLI and the renderer must run without Electron.',
        },
      ],
      patterns: [
        {
          group: ['electron/*', '**/electron/main/**', '**/electron/preload/**'],
          message: 'Keep Electron out of this layer.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/artifacts/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['electron/engine/**', 'shared/**', 'electron/cli/**', 'renderer/**'], rules: noElectron },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Personal data must never reach a console: the engine reports through events and errors only.
    files: ['electron/engine/**'],
    rules: { 'no-console': 'error' },
  },
);
