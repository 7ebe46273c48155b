import { useParams } from 'react-router-dom';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { figureLines, REPORT_SECTION_LABELS, REPORT_SECTIONS } from '../../../../../contract/reports';

/**
 * The report as it is sent upward, on A4 in a CJK serif: title, the ten sections (figures, then text), and whether it
 * is a draft or finalised with its fingerprint. PDF = the browser's print of this page.
 */
export default function PrintPage() {
  const { t } = useTranslation();
  const { month } = useParams();
  const c = useCommunityId();
  const { data: r, error } = useApi('/api/communities/{communityId}/monthly-reports/{month}', {
    path: { communityId: c, month: month! },
  });
  if (error) return <p role="alert">{error.localized}</p>;
  if (!r) return <p>{t('common.loading')}</p>;
  const lines = figureLines(r.figures);
  const [y, m] = r.month.split('-');
  return (
    <div className="rp-print" data-testid="report-print-page">
      <div className="rp-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="report-print">
          {t('reports.printNow')}
        </Button>
      </div>
      <article className="rp-doc" lang="zh-CN">
        <h1>
          {r.communityName}
          {y}年{Number(m)}月工作月报
        </h1>
        <p className="rp-meta">
          {r.status === 'final'
            ? `已定稿：${r.finalisedBy ?? ''} ${formatTime(r.finalisedAt)}`
            : `草稿（数据生成于 ${formatTime(r.figures.generatedAt)}）`}
        </p>
        {REPORT_SECTIONS.map((s) => (
          <section key={s}>
            <h2>{REPORT_SECTION_LABELS[s]}</h2>
            {lines[s].length > 0 && (
              <ul>
                {lines[s].map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
            {r.sections[s]
              .split(/\n+/)
              .filter((p) => p.trim())
              .map((p, i) => (
                <p key={i} className="rp-para">
                  {p}
                </p>
              ))}
          </section>
        ))}
        {r.contentHash && <p className="rp-hash">内容指纹（SHA-256）：{r.contentHash}</p>}
      </article>
    </div>
  );
}
