// Type-checked lint. Architecture boundaries are lint errors whose messages state the rule
// (see docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'fixtures/**',
      'bench/results/**',
      'packages/*/bin/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message:
                'core is pure: no Node APIs or I/O. Declare a port in core/src/ports.ts instead.',
            },
            { group: ['@lantu/*'], message: 'core imports no other workspace package.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/store/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@lantu/*', '!@lantu/core'], message: 'store imports only @lantu/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@lantu/*',
                '!@lantu/core',
                '!@lantu/app',
                '!@lantu/poster',
                '!@lantu/reports',
              ],
              message:
                'the server imports only @lantu/core, @lantu/app, @lantu/poster and @lantu/reports; store access goes through LantuApp.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/reports/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@lantu/app',
              allowTypeImports: true,
              message:
                'reports take only types from @lantu/app: they render what the app computed.',
            },
          ],
          patterns: [
            {
              group: ['@lantu/*', '!@lantu/core', '!@lantu/app'],
              message: 'reports import only @lantu/core and types from @lantu/app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/readers/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@lantu/*', '!@lantu/core'], message: 'readers import only @lantu/core.' },
          ],
        },
      ],
    },
  },
  { files: ['packages/web/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@lantu/app',
              allowTypeImports: true,
              message: 'web takes only types from @lantu/app: it talks to the server over /api.',
            },
            {
              name: '@lantu/core',
              allowTypeImports: true,
              message:
                'web takes only types from @lantu/core: its code stays out of the browser bundle.',
            },
          ],
          patterns: [
            {
              group: ['@lantu/*', '!@lantu/app', '!@lantu/core'],
              message:
                'web imports no store, readers, server, poster or cli code: it talks to the server over /api.',
            },
            { group: nodeBuiltins, message: 'web/src runs in the browser: no Node APIs.' },
          ],
        },
      ],
    },
  },
);
