import type { ReactNode } from 'react';
import { CareSwitch, LanguageSwitch } from '../components/Prefs';
import { usePageTitle } from '../components/usePageTitle';

/**
 * A resident page without the router: a header with its title and the language and care-mode switches, then the
 * content. The public pages (/p/…) have no router and use it as it is: when they used `Shell`, its back arrow (a
 * router link) brought react-router into their bundle. `Shell` adds that arrow for the H5's own pages.
 */
export function Frame({ title, children, back }: { title: string; children: ReactNode; back?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="h5">
      <header className="h5-header">
        <div className="h5-header-row">
          {back}
          <h1 className="h5-title">{title}</h1>
        </div>
        <div className="h5-prefs">
          <LanguageSwitch />
          <CareSwitch />
        </div>
      </header>
      <main id="main" className="h5-main">
        {children}
      </main>
    </div>
  );
}
