import fs from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noVacuous from '../../scripts/eslint-rules/no-vacuous-checks.mjs';

/**
 * No test can pass without checking: every test file is linted with the `no-vacuous-checks` rule
 * (an `.every()` or an asserting loop over a list never shown to be non-empty fails here).
 */
const root = path.resolve(import.meta.dirname, '../..');
const linter = new Linter({ configType: 'flat' });
const config = [{
  files: ['**/*.ts'],
  languageOptions: { parser: tseslint.parser as any, ecmaVersion: 'latest' as const, sourceType: 'module' as const },
  plugins: { gongzhi: { rules: { 'no-vacuous-checks': noVacuous as any } } },
  rules: { 'gongzhi/no-vacuous-checks': 'error' as const },
}];
const lint = (code: string, file = 'x.test.ts') => linter.verify(code, config, file);

function testFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['server', 'e2e', 'bench']) {
    for (const f of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[]) {
      if (/\.(test|spec|e2e)\.ts$/.test(f) || f.startsWith('support/') && dir === 'e2e' && f.endsWith('.ts')) out.push(path.join(dir, f));
    }
  }
  return out;
}

describe('no vacuous checks', () => {
  it('the rule catches the patterns it names and lets the honest ones through', () => {
    expect(lint('expect(xs.every((x) => x.ok)).toBe(true);').map((m) => m.messageId)).toEqual(['every']);
    expect(lint('for (const x of xs) expect(x).toBe(1);').map((m) => m.messageId)).toEqual(['loop']);
    expect(lint('xs.forEach((x) => expect(x).toBe(1));').map((m) => m.messageId)).toEqual(['loop']);
    expect(lint('expect(xs.length).toBeGreaterThan(0);\nfor (const x of xs) expect(x).toBe(1);')).toEqual([]);
    expect(lint("const XS = ['a', 'b'];\nfor (const x of XS) expect(x).toBeTruthy();")).toEqual([]);
    expect(lint("for (const x of [1, 2]) expect(x).toBeTruthy();")).toEqual([]);
    expect(lint('for (const x of xs) console.log(x);')).toEqual([]);
  });

  it('no test file has a check that passes on an empty list', () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(30);
    const problems = files.flatMap((f) => lint(fs.readFileSync(path.join(root, f), 'utf8'), f).map((m) => `${f}:${m.line}:${m.column} ${m.message}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
