import { useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Dialog, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ApiError, call, client, errorText, idempotent, newIdempotencyKey } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import type { Consultation, Receipt } from '../types';
import { RulesCard } from '../rules';
import { StatusBadge } from '../Badge';
import { ReceiptCard } from './ReceiptCard';
import { ResultCard } from './ResultCard';

/** One consultation: questions, rules in plain words, and the vote form, the receipt, or the result. */
export default function ConsultationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useH5Session();
  const community = homeCommunity(me!);
  const {
    data: d,
    error,
    reload,
  } = useApi(
    '/api/communities/{communityId}/consultations/{id}',
    community ? { path: { communityId: community.id, id: id! } } : null,
  );
  if (error)
    return (
      <Shell title={t('consultations.detailTitle')} back="/consultations">
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      </Shell>
    );
  if (!d)
    return (
      <Shell title={t('consultations.detailTitle')} back="/consultations">
        <p className="h5-loading">{t('common.loading')}</p>
      </Shell>
    );
  return (
    <Shell title={t('consultations.detailTitle')} back="/consultations">
      <div className="h5-card" data-testid="consultation-detail">
        <h2 className="h5-h2" style={{ margin: 0 }}>
          {d.title}
        </h2>
        <p>
          <StatusBadge status={d.status} />
        </p>
        {d.description && <p style={{ whiteSpace: 'pre-wrap' }}>{d.description}</p>}
        <p className="cs-meta">
          {t('consultations.opensAt')}：{formatTime(d.opensAt)}
        </p>
        <p className="cs-meta">
          {t('consultations.closesAt')}：{formatTime(d.closesAt)}
        </p>
        {d.eligibleCount !== null && <p className="cs-meta">{t('consultations.eligible', { n: d.eligibleCount })}</p>}
      </div>
      <RulesCard d={d} />
      {d.status === 'closed' && d.result ? (
        <ResultCard d={d} result={d.result} />
      ) : (
        d.status === 'open' && (
          <Voting d={d} communityId={community!.id} hasHousehold={!!community?.householdId} onVoted={reload} />
        )
      )}
    </Shell>
  );
}

/** Who may vote, and for the representative of an eligible household: the form or the receipt. */
function Voting({
  d,
  communityId,
  hasHousehold,
  onVoted,
}: {
  d: Consultation;
  communityId: string;
  hasHousehold: boolean;
  onVoted: () => void;
}) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const shown = receipt ?? d.my?.receipt ?? null;
  if (shown) return <ReceiptCard receipt={shown} />;
  if (!d.my) return <NotRepresentative communityId={communityId} hasHousehold={hasHousehold} />;
  if (!d.my.eligible) {
    return (
      <section className="h5-card" role="note" data-testid="not-eligible">
        <h2 className="h5-h2" style={{ marginTop: 0 }}>
          {t('consultations.notEligible')}
        </h2>
        <p>{t('consultations.notEligibleWhy', { scope: t(`consultations.scope.${d.scope.kind}`) })}</p>
      </section>
    );
  }
  if (Date.parse(d.opensAt) > Date.now())
    return (
      <p className="h5-card" role="note">
        {t('consultations.notStarted', { at: formatTime(d.opensAt) })}
      </p>
    );
  return (
    <VoteForm
      d={d}
      communityId={communityId}
      onVoted={(r) => {
        setReceipt(r);
        onVoted();
      }}
    />
  );
}

function NotRepresentative({ communityId, hasHousehold }: { communityId: string; hasHousehold: boolean }) {
  const { t } = useTranslation();
  const { data: h } = useApi(
    '/api/communities/{communityId}/my/household',
    hasHousehold ? { path: { communityId } } : null,
  );
  return (
    <section className="h5-card" role="note" data-testid="not-representative">
      <h2 className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.notRep')}
      </h2>
      <p>
        {h?.representative
          ? t('consultations.notRepWhy', { name: h.representative.name })
          : t('consultations.notRepNoName')}
      </p>
    </section>
  );
}

/** One tap per option, a confirm step, then one POST whose Idempotency-Key is kept until it succeeds. */
function VoteForm({
  d,
  communityId,
  onVoted,
}: {
  d: Consultation;
  communityId: string;
  onVoted: (r: Receipt) => void;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // One key per attempt: kept across retries of the same answers, replaced when the answers change.
  const key = useRef<string | null>(null);
  const choose = (q: string, o: string) => {
    key.current = null;
    setFailed(false);
    setAnswers((a) => ({ ...a, [q]: o }));
  };
  const complete = d.questions.every((q) => answers[q.key]);
  const submit = async () => {
    if (!complete) {
      Toast.show({ content: t('consultations.chooseAll') });
      return;
    }
    const ok = await Dialog.confirm({
      title: t('consultations.confirmTitle'),
      confirmText: t('consultations.confirmOk'),
      cancelText: t('consultations.cancel'),
      content: (
        <div data-testid="vote-confirm-text">
          <p>{t('consultations.confirmText')}</p>
          <ul className="cs-rules">
            {d.questions.map((q) => (
              <li key={q.key}>
                {q.text}：<strong>{q.options.find((o) => o.key === answers[q.key])?.label}</strong>
              </li>
            ))}
          </ul>
        </div>
      ),
    });
    if (!ok) return;
    key.current ??= newIdempotencyKey();
    setBusy(true);
    try {
      const r: Receipt = await call(
        client.POST('/api/communities/{communityId}/consultations/{id}/ballots', {
          params: { path: { communityId, id: d.id }, header: idempotent(key.current) },
          body: { answers },
        }),
      );
      key.current = null;
      onVoted(r);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'network') setFailed(true);
      else Toast.show({ content: errorText(e) });
      if (e instanceof ApiError && e.code === 'already_voted') onVotedElsewhere();
    } finally {
      setBusy(false);
    }
  };
  // Another device of the household voted meanwhile: reload shows that receipt.
  const onVotedElsewhere = () => window.location.reload();
  return (
    <section className="h5-card" aria-labelledby="cs-vote" data-testid="vote-form">
      <h2 id="cs-vote" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.questions')}
      </h2>
      {d.questions.map((q, i) => (
        <fieldset key={q.key} className="cs-q">
          <legend>
            {t('consultations.question', { n: i + 1 })}：{q.text}
          </legend>
          <div className="cs-options">
            {q.options.map((o) => {
              const on = answers[q.key] === o.key;
              return (
                <button
                  key={o.key}
                  type="button"
                  className="cs-option"
                  aria-pressed={on}
                  onClick={() => choose(q.key, o.key)}
                  data-testid={`vote-${q.key}-${o.key}`}
                >
                  <span className="cs-mark" aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                  {o.label}
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}
      {failed && (
        <div className="h5-error" role="alert" data-testid="vote-retry">
          {t('consultations.retry')}
        </div>
      )}
      <Button
        block
        color="primary"
        size="large"
        disabled={busy}
        loading={busy}
        onClick={() => void submit()}
        data-testid="vote-submit"
      >
        {busy ? t('consultations.voting') : t('consultations.vote')}
      </Button>
    </section>
  );
}
