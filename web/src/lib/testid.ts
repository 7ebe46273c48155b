import type { HTMLAttributes } from 'react';

/**
 * `data-*` and `aria-*` attributes for Ant Design props that take an object of them (onRow, okButtonProps,
 * getCheckboxProps): outside JSX, TypeScript's prop types have no hyphenated keys, so the cast lives here once.
 */
export const domAttrs = <T extends object = HTMLAttributes<HTMLElement>>(
  attrs: Record<`data-${string}` | `aria-${string}`, string>,
): T => attrs as unknown as T;

export const testId = <T extends object = HTMLAttributes<HTMLElement>>(id: string): T =>
  domAttrs<T>({ 'data-testid': id });
