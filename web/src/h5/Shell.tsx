import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Frame } from './Frame';

/**
 * A resident page of the H5 (`Frame`, with the router's back arrow): `back` is the page the header's back arrow
 * leads to (a 48 × 48 target, 60 × 60 in care mode).
 */
export function Shell({ title, children, back }: { title: string; children: ReactNode; back?: string }) {
  const { t } = useTranslation();
  const arrow = back && (
    <Link to={back} className="h5-back" aria-label={t('common.back')} data-testid="h5-back">
      ‹
    </Link>
  );
  return (
    <Frame title={title} back={arrow}>
      {children}
    </Frame>
  );
}
