import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'lib/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // app/ holds routes only: a page or an action calls a lib/ verb, which scopes and runs the query.
    files: ['app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db', '**/lib/db', '@/lib/generated/**', '**/lib/generated/**'],
              message: 'Routes do not query the database: call (or add) a verb in lib/<domain>/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The environment module, config files, scripts and tests set up processes and may read the environment.
    files: ['lib/env.ts', 'scripts/**', 'tests/**', 'bench/**', '*.config.*', '*.mjs'],
    rules: { 'no-restricted-properties': 'off' },
  },
];

export default config;
