import { useParams } from 'react-router-dom';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { TurnoutTable } from '../TurnoutTable';
import { useRuleTexts } from '../rules';
import { ResultCard } from '../h5/ResultCard';

type Report = Answer<'/api/communities/{communityId}/consultations/{id}/report'>;

/**
 * The A4 report to print and post: rules, the sealed result, ledger check, QR to the public check, turnout by
 * building. It names no household: posted next to the public archive, a household code beside a receipt would
 * show how that household voted.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const c = useCommunityId();
  const { data: r, error } = useApi('/api/communities/{communityId}/consultations/{id}/report', {
    path: { communityId: c, id: id! },
  });
  if (error) return <p role="alert">{error.localized}</p>;
  if (!r) return <p>{t('common.loading')}</p>;
  return (
    <article className="cs-report" data-testid="consultation-report-page">
      <div className="cs-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="report-print">
          {t('consultations.c.print')}
        </Button>
      </div>
      <header className="cs-report-head">
        <div>
          <p className="cs-report-community">{r.communityName}</p>
          <h1>
            {r.title} · {t('consultations.c.reportTitle')}
          </h1>
          <p>
            {t('consultations.opensAt')}：{formatTime(r.opensAt)}　{t('consultations.closesAt')}：
            {formatTime(r.closesAt)}
          </p>
          <p>{t('consultations.eligible', { n: r.eligibleCount })}</p>
        </div>
        <figure className="cs-qr">
          {/* The SVG comes from our own server's QR encoder, not from user input. */}
          <div
            dangerouslySetInnerHTML={{ __html: r.qrSvg }}
            role="img"
            aria-label={t('consultations.c.scanToVerify')}
          />
          <figcaption>
            {t('consultations.c.scanToVerify')}
            <br />
            <span className="cs-url">{r.publicUrl}</span>
          </figcaption>
        </figure>
      </header>
      {r.description && <p>{r.description}</p>}
      <ReportRules r={r} />
      {r.result && <ResultCard d={r} result={r.result} />}
      <p className={r.chainCheck.ok ? 'cs-ok' : 'cs-bad'} data-testid="report-chain">
        {r.chainCheck.ok
          ? t('consultations.c.chainOk', { n: r.chainCheck.entries })
          : t('consultations.c.chainBroken', {
              seq: r.chainCheck.firstBreak?.seq,
              reason: r.chainCheck.firstBreak?.reason,
            })}
      </p>
      <section data-testid="report-seal">
        <h2>{t('consultations.ev.sealTitle')}</h2>
        {r.sealHash ? (
          <p>
            {t('consultations.ev.sealText')}
            <br />
            <span className="cs-url">{r.sealHash}</span>
          </p>
        ) : (
          <p>{t('consultations.ev.sealFormat1')}</p>
        )}
        {r.result && (
          <p>
            {t('consultations.ev.headText', { n: r.result.chainLength })}
            <br />
            <span className="cs-url" data-testid="report-head">
              {r.result.chainHead}
            </span>
          </p>
        )}
      </section>
      <h2>{t('consultations.ev.turnoutTitle')}</h2>
      <TurnoutTable turnout={r.turnout} print />
      <section className="cs-signs" aria-label={t('consultations.c.signatures')}>
        <p>
          {t('consultations.c.staffSign')}：＿＿＿＿＿＿　{t('consultations.c.witnessSign')}：＿＿＿＿＿＿　
          {t('consultations.c.date')}：＿＿＿＿＿＿
        </p>
      </section>
    </article>
  );
}

function ReportRules({ r }: { r: Report }) {
  const { t } = useTranslation();
  const x = useRuleTexts({ rules: r.rules, eligibleCount: r.eligibleCount, questions: r.questions });
  return (
    <section>
      <h2>{t('consultations.rules')}</h2>
      <ul>
        {[x.participation, ...x.approval].map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
