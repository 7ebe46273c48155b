import { Button, Drawer, Empty, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../lib/useApi';
import { formatTime } from '../lib/format';

/** A button opening the audit trail of one entity (who changed what, when, with the chain hash). */
export function AuditButton({
  communityId,
  entityType,
  entityId,
}: {
  communityId: string;
  entityType: string;
  entityId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="audit-open">
        {t('audit.open')}
      </Button>
      <Drawer title={t('audit.title')} open={open} onClose={() => setOpen(false)} width={520} destroyOnHidden>
        {open && <AuditTrail communityId={communityId} entityType={entityType} entityId={entityId} />}
      </Drawer>
    </>
  );
}

function AuditTrail({
  communityId,
  entityType,
  entityId,
}: {
  communityId: string;
  entityType: string;
  entityId: string;
}) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi('/api/communities/{communityId}/audit', {
    path: { communityId },
    query: { entityType, entityId },
  });
  if (error)
    return (
      <Typography.Text type="danger" role="alert">
        {error.localized}
      </Typography.Text>
    );
  if (!loading && !data?.items.length) return <Empty description={t('audit.empty')} />;
  return (
    <Timeline
      data-testid="audit-trail"
      pending={loading ? t('common.loading') : undefined}
      items={(data?.items ?? []).map((e) => ({
        children: (
          <div>
            <div>
              <strong>{t(`audit.verbs.${e.action.split('.').pop()}`, { defaultValue: e.action })}</strong>{' '}
              <code className="muted">{e.action}</code> · {e.actorName ?? t('audit.system')}
            </div>
            <div className="muted">
              {formatTime(e.createdAt)} · #{e.seq} · <code title={e.hash}>{e.hash.slice(0, 12)}…</code>
            </div>
            <Change label={t('audit.before')} value={e.before} />
            <Change label={t('audit.after')} value={e.after} />
          </div>
        ),
      }))}
    />
  );
}

function Change({ label, value }: { label: string; value: unknown }) {
  if (value == null || (typeof value === 'object' && !Object.keys(value).length)) return null;
  return (
    <div className="audit-change">
      <span className="muted">{label}</span>
      <pre className="audit-json">{JSON.stringify(value, null, 1)}</pre>
    </div>
  );
}
