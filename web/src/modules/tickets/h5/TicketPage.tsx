import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Button, Dialog, TextArea, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import { StateBadge } from '../StateBadge';

/** One ticket for the resident: progress, photos, and — when resolved — confirm with a rating or reopen. */
export default function TicketPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const { me } = useH5Session();
  const c = params.get('community') ?? homeCommunity(me!)?.id;
  const {
    data: d,
    error,
    reload,
  } = useApi('/api/communities/{communityId}/tickets/{id}', c ? { path: { communityId: c, id: id! } } : null);
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const justFiled = params.get('new');
  const navigate = useNavigate();

  const path = { communityId: c!, id: id! };
  const act = async (send: () => Promise<unknown>, then: () => void = reload) => {
    setBusy(true);
    try {
      await send();
      Toast.show({ content: t('tickets.done') });
      then();
    } catch (e) {
      Toast.show({ content: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  // After withdrawing, the ticket is another household's again: back to the board, where it stays listed.
  const withdraw = async () => {
    if (!(await Dialog.confirm({ content: t('tickets.withdrawSupport') }))) return;
    await act(
      () => call(client.POST('/api/communities/{communityId}/tickets/{id}/support/withdraw', { params: { path } })),
      () => navigate('/tickets'),
    );
  };
  const reopen = async () => {
    let reason = '';
    const ok = await Dialog.confirm({
      title: t('tickets.reopen'),
      content: (
        <TextArea
          aria-label={t('tickets.reopenReason')}
          placeholder={t('tickets.reopenReason')}
          maxLength={500}
          onChange={(v) => (reason = v)}
        />
      ),
    });
    if (ok)
      await act(() =>
        call(client.POST('/api/communities/{communityId}/tickets/{id}/reopen', { params: { path }, body: { reason } })),
      );
  };

  if (error)
    return (
      <Shell title={t('tickets.detailTitle')} back="/tickets">
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      </Shell>
    );
  if (!d)
    return (
      <Shell title={t('tickets.detailTitle')} back="/tickets">
        <p className="h5-loading">{t('common.loading')}</p>
      </Shell>
    );
  return (
    <Shell title={t('tickets.detailTitle')} back="/tickets">
      {justFiled && (
        <div className="h5-card" role="status" data-testid="report-done">
          {t('tickets.submitted', { number: justFiled })}
        </div>
      )}
      <div className="h5-card" data-testid="ticket-detail">
        <h2 className="h5-h2" style={{ margin: 0 }}>
          {d.title}
        </h2>
        <p>
          <StateBadge state={d.state} testId="ticket-state" />{' '}
          <span className="tk-meta">
            {d.number} · {d.categoryLabel}
          </span>
        </p>
        {d.description !== null ? <p>{d.description}</p> : <p className="tk-meta">{t('tickets.supporterNote')}</p>}
        <p className="tk-meta">{[d.estateName, d.buildingName, d.area].filter(Boolean).join(' · ')}</p>
        {d.supportCount > 0 && <p className="tk-meta">{t('tickets.supportCount', { n: d.supportCount })}</p>}
        {d.photos.length > 0 && (
          <div className="tk-thumbs">
            {d.photos.map((p, i) => (
              <a key={p.id} href={p.url} target="_blank" rel="noreferrer">
                <img src={p.thumbUrl} alt={`${t('tickets.photos')} ${i + 1}`} />
              </a>
            ))}
          </div>
        )}
      </div>

      {d.can.confirm && (
        <section className="h5-card" aria-labelledby="tk-confirm" data-testid="confirm-box">
          <h2 id="tk-confirm" className="h5-h2" style={{ marginTop: 0 }}>
            {t('tickets.confirmTitle')}
          </h2>
          <fieldset className="tk-stars" data-testid="rate">
            <legend>{t('tickets.satisfaction')}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className={n <= stars ? 'on' : ''}>
                <input
                  type="radio"
                  name="satisfaction"
                  value={n}
                  checked={stars === n}
                  onChange={() => setStars(n)}
                  data-testid={`stars-${n}`}
                />
                <span aria-hidden="true">★</span>
                <span className="tk-sr">{t('tickets.stars', { n })}</span>
              </label>
            ))}
          </fieldset>
          <TextArea
            aria-label={t('tickets.comment')}
            placeholder={t('tickets.comment')}
            maxLength={500}
            value={comment}
            onChange={setComment}
            data-testid="confirm-comment"
          />
          <div className="tk-actions">
            <Button
              block
              color="primary"
              size="large"
              disabled={busy || stars < 1}
              onClick={() =>
                void act(() =>
                  call(
                    client.POST('/api/communities/{communityId}/tickets/{id}/confirm', {
                      params: { path },
                      body: { satisfaction: stars, comment: comment.trim() || undefined },
                    }),
                  ),
                )
              }
              data-testid="confirm"
            >
              {t('tickets.confirm')}
            </Button>
            <Button block size="large" disabled={busy} onClick={() => void reopen()} data-testid="reopen">
              {t('tickets.reopen')}
            </Button>
          </div>
        </section>
      )}
      {d.can.support && (
        <Button
          block
          color="primary"
          fill="outline"
          size="large"
          disabled={busy}
          onClick={() =>
            void act(() =>
              call(client.POST('/api/communities/{communityId}/tickets/{id}/support', { params: { path } })),
            )
          }
          data-testid="support"
        >
          {t('tickets.support')}
        </Button>
      )}
      {d.supportedByMe && <p className="h5-intro">{t('tickets.supported')}</p>}
      {d.supportedByMe && !['resolved', 'closed', 'rejected', 'duplicate'].includes(d.state) && (
        <Button
          block
          fill="outline"
          size="large"
          disabled={busy}
          onClick={() => void withdraw()}
          data-testid="withdraw-support"
        >
          {t('tickets.withdrawSupport')}
        </Button>
      )}
      {d.state === 'waiting_on_reporter' && d.can.comment && !d.can.handle && (
        <section className="h5-card">
          <TextArea
            aria-label={t('tickets.reply')}
            placeholder={t('tickets.reply')}
            maxLength={1000}
            value={reply}
            onChange={setReply}
          />
          <Button
            block
            color="primary"
            disabled={busy || !reply.trim()}
            onClick={() =>
              void act(() =>
                call(
                  client.POST('/api/communities/{communityId}/tickets/{id}/comments', {
                    params: { path },
                    body: { message: reply.trim() },
                  }),
                ),
              ).then(() => setReply(''))
            }
          >
            {t('tickets.send')}
          </Button>
        </section>
      )}

      <h2 className="h5-h2">{t('tickets.timeline')}</h2>
      <ol className="tk-timeline" data-testid="timeline">
        {d.timeline.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt}>{formatTime(e.createdAt)}</time>
            <strong>
              {e.toState ? t(`tickets.state.${e.toState}`) : t(`tickets.event.${e.kind}`, { defaultValue: e.kind })}
            </strong>
            {e.actorName && <span className="tk-meta"> · {e.actorName}</span>}
            {e.message && <div>{e.message}</div>}
          </li>
        ))}
      </ol>
    </Shell>
  );
}
