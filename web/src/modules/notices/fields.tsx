import { useTranslation } from 'react-i18next';

/** A snapshot value as text: lists and objects as short lines, nothing hidden. */
function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(show).join('；');
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${k}: ${show(x)}`)
    .join('，');
}

/** The snapshot's public fields, as published (the title is the heading, not a row). */
export function SnapshotTable({ snapshot }: { snapshot: Record<string, unknown> }) {
  const { t } = useTranslation();
  return (
    <table className="nt-fields" data-testid="notice-fields">
      <tbody>
        {Object.entries(snapshot)
          .filter(([k]) => k !== 'title')
          .map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{t(`notices.fields.${k}`, { defaultValue: k })}</th>
              <td>{show(v)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

interface Check {
  changed: boolean;
  gone: boolean;
  changes: Array<{ path: string; before?: unknown; after?: unknown }>;
}

/** Whether the record still says what was published: 「公示后记录已变更」 with the differences, or unchanged. */
export function ChangedMark({ check }: { check: Check }) {
  const { t } = useTranslation();
  if (!check.changed)
    return (
      <p className="nt-unchanged" data-testid="notice-unchanged">
        {t('notices.unchanged')}
      </p>
    );
  return (
    <div className="nt-changed" role="alert" data-testid="notice-changed">
      <p style={{ margin: 0 }}>{t(check.gone ? 'notices.gone' : 'notices.changed')}</p>
      {check.changes.length > 0 && (
        <table className="nt-fields" style={{ color: '#111', fontWeight: 400 }}>
          <thead>
            <tr>
              <th scope="col">{t('notices.changes')}</th>
              <th scope="col">{t('notices.before')}</th>
              <th scope="col">{t('notices.after')}</th>
            </tr>
          </thead>
          <tbody>
            {check.changes.map((c) => (
              <tr key={c.path}>
                <td>{c.path}</td>
                <td>{show(c.before)}</td>
                <td>{show(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
