import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<page> · 共治" (WCAG 2.4.2), following the interface language. */
export function usePageTitle(title: unknown) {
  const { t } = useTranslation();
  const app = t('common.appName');
  useEffect(() => {
    document.title = typeof title === 'string' && title ? `${title} · ${app}` : app;
  }, [title, app]);
}
