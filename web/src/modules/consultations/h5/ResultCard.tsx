import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format';
import type { Consultation } from '../types';

type Result = NonNullable<Consultation['result']>;

/** The published result: turnout against the threshold, and each question's counts and outcome. */
export function ResultCard({ d, result }: { d: Pick<Consultation, 'questions'>; result: Result }) {
  const { t } = useTranslation();
  const { tally } = result;
  const ch = tally.byChannel;
  return (
    <section className="h5-card" aria-labelledby="cs-result" data-testid="consultation-result">
      <h2 id="cs-result" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.result')}：
        <span className={tally.passed ? 'cs-ok' : 'cs-bad'} data-testid="result-passed">
          {tally.passed ? t('consultations.passed') : t('consultations.notPassed')}
        </span>
      </h2>
      <p>
        {t('consultations.participants', { n: tally.participants, total: tally.eligible })} ·{' '}
        <span className={tally.participationMet ? 'cs-ok' : 'cs-bad'}>
          {tally.participationMet ? t('consultations.participationMet') : t('consultations.participationNotMet')}
        </span>
      </p>
      <p className="cs-meta">
        {t('consultations.byChannel', { online: ch.online ?? 0, paper: ch.paper ?? 0, door: ch.door_to_door ?? 0 })}
      </p>
      {d.questions.map((q, i) => {
        const qt = tally.questions.find((x) => x.key === q.key);
        return (
          <div key={q.key} style={{ marginTop: 12 }}>
            <h3 style={{ fontSize: 'inherit', margin: '8px 0' }}>
              {t('consultations.question', { n: i + 1 })}：{q.text}{' '}
              {qt && (
                <span className={qt.passed ? 'cs-ok' : 'cs-bad'}>
                  （{qt.passed ? t('consultations.passed') : t('consultations.notPassed')}）
                </span>
              )}
            </h3>
            {q.options.map((o) => {
              const n = qt?.counts[o.key] ?? 0;
              const pct = tally.participants ? Math.round((n / tally.participants) * 100) : 0;
              return (
                <div key={o.key}>
                  <div>
                    {o.label}：{t('consultations.votes', { n })}（{pct}%）
                  </div>
                  <div className="cs-bar" aria-hidden="true">
                    <span style={{ width: `${pct}%` }} />
                  </div>
                </div>
              );
            })}
          </div>
        );
      })}
      <p className="cs-meta">
        {t('consultations.closedAt')}：{formatTime(result.closedAt)}
      </p>
      <p className="cs-meta">{t('consultations.chainHead')}：</p>
      <p className="cs-hash">{result.chainHead}</p>
    </section>
  );
}
