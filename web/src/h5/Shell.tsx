import type { ReactNode } from 'react';
import { CareSwitch, LanguageSwitch } from '../components/Prefs';
import { usePageTitle } from '../components/usePageTitle';

/** A resident page: a header with its title and the language and care-mode switches, then the content. */
export function Shell({ title, children, back }: { title: string; children: ReactNode; back?: ReactNode }) {
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
      <main id="main" className="h5-main">{children}</main>
    </div>
  );
}
