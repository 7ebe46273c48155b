import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** A page of the resident H5 under /h5/. */
export interface H5Route {
  /** Path under /h5/ without the leading slash, e.g. `tickets/new`. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Open to visitors who are not signed in (e.g. a public board). */
  public?: boolean;
}

/** A big tile on the resident home page. */
export interface H5Tile {
  key: string;
  /** i18n key of the label. */
  label: string;
  path: string;
  /** An icon (antd-mobile-icons) shown large above the label, decorative. Icons, not emoji: phones without an emoji font show boxes. */
  icon?: ReactNode;
}

/** What a module contributes to the resident H5. Add one line for it in `web/src/modules/h5.ts`. */
export interface H5Module {
  name: string;
  routes: H5Route[];
  tiles?: H5Tile[];
}

/**
 * A module's lazy pages, each fetched together with what only that module's pages need (its strings, its
 * stylesheet), so the H5's first load (sign-in, home) carries none of them: a module's `h5.tsx` keeps only
 * its tiles (labels from its `tile-messages.ts`) and says `const page = h5Pages(() => import('./messages'))`.
 */
export function h5Pages(...alongside: Array<() => Promise<unknown>>) {
  return (load: () => Promise<{ default: ComponentType }>): LazyExoticComponent<ComponentType> =>
    lazy(() => Promise.all([load(), ...alongside.map((f) => f())]).then(([page]) => page));
}
