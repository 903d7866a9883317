import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.out-*/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Secrets must never reach a log: the only console use allowed is in the test harness.
      'no-console': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures must destructure their (here unused) dependencies: `async ({}, use) => …`.
    files: ['tests/e2e/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Replicas are plain browser scripts standing in for the host apps.
    files: ['public/replicas/**/*.js', 'tests/replicas-variant/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
);
