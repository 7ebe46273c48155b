// ESLint (flat config): `npm run lint`, also a step of `npm test`.
// Rules are few on purpose — each one is a guardrail we mean to keep green, not a style opinion
// (layout is Prettier's job; imports between areas and modules are dependency-cruiser's, see .dependency-cruiser.cjs).
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noVacuousChecks from './scripts/eslint-rules/no-vacuous-checks.mjs';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'data/**', 'bench/results/**'] },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `any` switches the type-checker off for everything it touches; say what the value is instead
      // (`unknown` and a check, a row type, a generic). Tests and frozen migrations (Kysely<any> by design) are exempt.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: [
      '**/*.test.ts',
      '**/*.test-helpers.ts',
      '**/*.e2e.ts',
      'server/core/db/migrations/**',
      'server/crash/**',
      'server/testing/**',
      'server/security/**',
      'e2e/support/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript (the test runner, the build and start-up scripts) has no type-checker behind it: a name that
    // is not defined anywhere (a helper deleted in an edit) would only fail when that line runs.
    files: ['**/*.{js,mjs}'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node },
    rules: { 'no-undef': 'error' },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['web/scripts/look.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // A check over a list must fail on an empty list (expectEvery, or the length asserted first).
    files: ['**/*.test.ts', '**/*.spec.ts', '**/*.e2e.ts', 'e2e/support/**'],
    plugins: { gongzhi: { rules: { 'no-vacuous-checks': noVacuousChecks } } },
    rules: { 'gongzhi/no-vacuous-checks': 'error' },
  },
);
