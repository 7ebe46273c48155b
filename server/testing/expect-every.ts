import { expect } from 'vitest';

/**
 * `list.every(fn)` as an assertion that cannot pass vacuously: fails when the list is empty, and
 * names the items that do not satisfy `fn`. (`expect(list.every(fn)).toBe(true)` passes for [] —
 * scripts/eslint-rules/no-vacuous-checks.mjs refuses that form.)
 */
export function expectEvery<T>(list: readonly T[], fn: (item: T, index: number) => unknown, what = 'list'): void {
  expect(list.length, `${what} is empty, so checking every item proves nothing`).toBeGreaterThan(0);
  const bad = list.filter((x, i) => !fn(x, i));
  expect(bad, `${bad.length} of ${list.length} items of ${what} fail`).toEqual([]);
}
