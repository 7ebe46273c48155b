import { useTranslation } from 'react-i18next';

/** A consultation's status as a badge with AA contrast. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`cs-badge cs-badge-${status}`} data-testid="consultation-status">
      {t(`consultations.status.${status}`)}
    </span>
  );
}
