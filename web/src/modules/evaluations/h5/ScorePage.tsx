import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { Dialog } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import type { RoundView } from '../types';

/** One round on the phone: the scoring sheet for a member who has not scored, their own sheet after, the result once closed. */
export default function ScorePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useH5Session();
  const community = homeCommunity(me!);
  const {
    data: d,
    error,
    reload,
  } = useApi(
    '/api/communities/{communityId}/evaluations/{id}',
    community && id ? { path: { communityId: community.id, id } } : null,
  );
  const shell = (body: React.ReactNode) => (
    <Shell title={t('evaluations.h5Title')} back="/evaluations">
      {body}
    </Shell>
  );
  if (error)
    return shell(
      <div className="h5-error" role="alert">
        {error.localized}
      </div>,
    );
  if (!d || !community) return shell(<p className="h5-loading">{t('common.loading')}</p>);
  return shell(
    <>
      <div className="h5-card">
        <h2 className="h5-h2" style={{ margin: 0 }}>
          {d.quarter} · {d.estateName}
        </h2>
        <p>
          {d.companyName} · <span data-testid="evaluation-status">{t(`evaluations.status.${d.status}`)}</span>
        </p>
      </div>
      {d.result ? (
        <Result d={d} />
      ) : d.mySheet ? (
        <Mine d={d} />
      ) : d.isMember && d.status === 'open' ? (
        <Sheet d={d} communityId={community.id} onDone={reload} />
      ) : (
        <p className="h5-intro">{t('evaluations.notMember')}</p>
      )}
    </>,
  );
}

function Sheet({ d, communityId, onDone }: { d: RoundView; communityId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = d.rubric.items.every((i) => /^\d{1,3}$/.test(scores[i.key] ?? '') && Number(scores[i.key]) <= 100);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    const ok = await Dialog.confirm({
      title: t('evaluations.confirmTitle'),
      content: t('evaluations.confirmText'),
      confirmText: t('evaluations.submit'),
      cancelText: t('evaluations.cancel'),
    });
    if (!ok) return;
    setBusy(true);
    setErr(null);
    try {
      await call(
        client.POST('/api/communities/{communityId}/evaluations/{id}/scores', {
          params: { path: { communityId, id: d.id } },
          body: {
            items: Object.fromEntries(
              d.rubric.items.map((i) => [
                i.key,
                { score: Number(scores[i.key]), comment: (comments[i.key] ?? '').trim() },
              ]),
            ),
          },
        }),
      );
      onDone();
    } catch (x) {
      setErr(errorText(x));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="evaluation-sheet">
      <p className="h5-intro">{t('evaluations.h5Intro')}</p>
      {err && (
        <div className="h5-error" role="alert" data-testid="evaluation-error">
          {err}
        </div>
      )}
      {d.rubric.items.map((i) => (
        <div className="h5-card ev-item" key={i.key}>
          <label htmlFor={`score-${i.key}`}>{t('evaluations.scoreLabel', { item: i.labelZh, w: i.weight })}</label>
          <input
            id={`score-${i.key}`}
            className="h5-input"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
            placeholder={t('evaluations.scoreHint')}
            value={scores[i.key] ?? ''}
            onChange={(e) => setScores({ ...scores, [i.key]: e.target.value })}
            data-testid={`score-${i.key}`}
          />
          <label htmlFor={`comment-${i.key}`}>{t('evaluations.commentLabel', { item: i.labelZh })}</label>
          <textarea
            id={`comment-${i.key}`}
            className="h5-input"
            maxLength={500}
            value={comments[i.key] ?? ''}
            onChange={(e) => setComments({ ...comments, [i.key]: e.target.value })}
            data-testid={`comment-${i.key}`}
          />
        </div>
      ))}
      <button
        type="submit"
        className="adm-button adm-button-primary adm-button-block ev-submit"
        disabled={!valid || busy}
        data-testid="evaluation-submit"
      >
        {busy ? t('evaluations.submitting') : t('evaluations.submit')}
      </button>
    </form>
  );
}

function Mine({ d }: { d: RoundView }) {
  const { t } = useTranslation();
  return (
    <div className="h5-card" data-testid="evaluation-mine">
      <h3 className="h5-h2">{t('evaluations.mine')}</h3>
      <p>{t('evaluations.submittedAt')}</p>
      <table className="ev-table">
        <tbody>
          {d.rubric.items.map((i) => (
            <tr key={i.key}>
              <th scope="row">{i.labelZh}</th>
              <td>{d.mySheet?.[i.key]?.score}</td>
              <td>{d.mySheet?.[i.key]?.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Result({ d }: { d: RoundView }) {
  const { t } = useTranslation();
  const r = d.result!;
  return (
    <div className="h5-card" data-testid="evaluation-result">
      <p>
        {t('evaluations.score')}：
        <span className="ev-score" data-testid="evaluation-score">
          {r.score ?? '—'}
        </span>
      </p>
      <p>{t('evaluations.members', r)}</p>
      <table className="ev-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluations.item')}</th>
            <th scope="col">{t('evaluations.mean')}</th>
            <th scope="col">{t('evaluations.range')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.key}>
              <th scope="row">{i.labelZh}</th>
              <td>{i.mean ?? '—'}</td>
              <td>{i.min === null ? '—' : `${i.min}–${i.max}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
