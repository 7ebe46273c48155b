import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, TextArea, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';

/** A repair from my ticket: what was done, the site photos, and my acceptance once it is done. */
export default function RepairPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id ?? '';
  const {
    data: d,
    error,
    reload,
  } = useApi('/api/communities/{communityId}/work-orders/{id}', c ? { path: { communityId: c, id } } : null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/work-orders/{id}/accept', {
          params: { path: { communityId: c, id } },
          body: { comment: comment.trim() },
        }),
      );
      Toast.show({ content: t('workorders.done') });
      reload();
    } catch (e) {
      Toast.show({ content: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  if (error)
    return (
      <Shell title={t('workorders.myRepairs')} back="/repairs">
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      </Shell>
    );
  if (!d)
    return (
      <Shell title={t('workorders.myRepairs')} back="/repairs">
        <p className="h5-loading">{t('common.loading')}</p>
      </Shell>
    );
  return (
    <Shell title={d.title} back="/repairs">
      <div className="h5-card" data-testid="repair-detail">
        <p>
          {d.number} · {d.location}
        </p>
        <p data-testid="repair-status">{t(`workorders.statuses.${d.status}`)}</p>
        {d.executorName && (
          <p>
            {t('workorders.executor')}：{d.executorName}
          </p>
        )}
        {d.completedAt && (
          <p>
            {formatTime(d.completedAt)} · {d.completionNote}
          </p>
        )}
        {d.photos.map((p, i) => (
          <img
            key={p.id}
            src={`${p.url}?size=thumb`}
            alt={`${t('workorders.photos')} ${i + 1}`}
            width={96}
            height={96}
            style={{ objectFit: 'cover', marginInlineEnd: 8 }}
          />
        ))}
      </div>
      {d.can.accept && (
        <section className="h5-card" aria-labelledby="wo-accept" data-testid="repair-accept-box">
          <h2 id="wo-accept" className="h5-h2" style={{ marginTop: 0 }}>
            {t('workorders.accept')}
          </h2>
          <TextArea
            value={comment}
            onChange={setComment}
            maxLength={500}
            rows={3}
            aria-label={t('workorders.acceptComment')}
            placeholder={t('workorders.acceptComment')}
          />
          <Button
            block
            color="primary"
            size="large"
            disabled={busy}
            onClick={() => void accept()}
            data-testid="repair-accept"
          >
            {t('workorders.acceptThis')}
          </Button>
        </section>
      )}
    </Shell>
  );
}
