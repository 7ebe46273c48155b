import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noVacuous from '../../scripts/eslint-rules/no-vacuous-checks.mjs';

/**
 * The `no-vacuous-checks` rule, which ESLint runs over every test file (eslint.config.js, the lint step
 * of `npm test`), catches what it names: an `.every()` or an asserting loop over a list never shown
 * to be non-empty.
 */
const linter = new Linter({ configType: 'flat' });
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser as any, ecmaVersion: 'latest' as const, sourceType: 'module' as const },
    plugins: { gongzhi: { rules: { 'no-vacuous-checks': noVacuous as any } } },
    rules: { 'gongzhi/no-vacuous-checks': 'error' as const },
  },
];
const lint = (code: string, file = 'x.test.ts') => linter.verify(code, config, file);

describe('no vacuous checks', () => {
  it('the rule catches the patterns it names and lets the honest ones through', () => {
    expect(lint('expect(xs.every((x) => x.ok)).toBe(true);').map((m) => m.messageId)).toEqual(['every']);
    expect(lint('for (const x of xs) expect(x).toBe(1);').map((m) => m.messageId)).toEqual(['loop']);
    expect(lint('xs.forEach((x) => expect(x).toBe(1));').map((m) => m.messageId)).toEqual(['loop']);
    expect(lint('expect(xs.length).toBeGreaterThan(0);\nfor (const x of xs) expect(x).toBe(1);')).toEqual([]);
    expect(lint("const XS = ['a', 'b'];\nfor (const x of XS) expect(x).toBeTruthy();")).toEqual([]);
    expect(lint('for (const x of [1, 2]) expect(x).toBeTruthy();')).toEqual([]);
    expect(lint('for (const x of xs) console.log(x);')).toEqual([]);
  });
});
