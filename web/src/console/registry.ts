import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';

/** A page of the staff console, lazy-loaded so the first screen stays small. */
export interface ConsoleRoute {
  /** Path under `/` without the leading slash, e.g. `org/estates`; '' is the home page. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Roles (in the current community) that may open it; the platform admin always may. Omitted = any signed-in staff. */
  roles?: readonly string[];
}

/** A side-menu entry: a link to one route, or a group of them. */
export interface ConsoleMenuItem {
  key: string;
  /** i18n key of the label. */
  label: string;
  icon?: ReactNode;
  path?: string;
  roles?: readonly string[];
  children?: ConsoleMenuItem[];
}

/** What a module contributes to the console. Add one line for it in `web/src/modules/console.ts`. */
export interface ConsoleModule {
  name: string;
  routes: ConsoleRoute[];
  menu: ConsoleMenuItem[];
  /** A small widget in the top bar (e.g. the notifications bell), shown to every signed-in user. */
  header?: ComponentType;
}

/** May someone with these roles (in the current community) see something limited to `allowed`? */
export function allowed(
  allowed: readonly string[] | undefined,
  roles: readonly string[],
  platformAdmin: boolean,
): boolean {
  return !allowed || platformAdmin || allowed.some((r) => roles.includes(r));
}
