import { useTranslation } from 'react-i18next';

/** A ticket's state as a badge readable by everyone (and the overdue mark beside it). */
export function StateBadge({ state, overdue, testId }: { state: string; overdue?: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`tk-state tk-state-${state}`} data-testid={testId}>
        {t(`tickets.state.${state}`)}
      </span>
      {overdue && <span className="tk-state tk-state-overdue">{t('tickets.overdue')}</span>}
    </>
  );
}
