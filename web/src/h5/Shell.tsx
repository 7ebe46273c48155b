import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CareSwitch, LanguageSwitch } from '../components/Prefs';
import { usePageTitle } from '../components/usePageTitle';

/**
 * A resident page: a header with its title and the language and care-mode switches, then the content.
 * `back` is the page the header's back arrow leads to (a 48 × 48 target, 60 × 60 in care mode).
 */
export function Shell({ title, children, back }: { title: string; children: ReactNode; back?: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <div className="h5">
      <header className="h5-header">
        <div className="h5-header-row">
          {back && (
            <Link to={back} className="h5-back" aria-label={t('common.back')} data-testid="h5-back">
              ‹
            </Link>
          )}
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
