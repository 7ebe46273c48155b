import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, download, errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { currentLang } from '../../../app/i18n';
import { useCommunityId, useSession } from '../../../console/session';
import {
  figureLines,
  REPORT_SECTION_LABELS,
  REPORT_SECTION_LABELS_EN,
  REPORT_SECTIONS,
  type ReportSection,
} from '../../../../../contract/reports';

type Sections = Record<ReportSection, string>;

/** One month's report: the figures of each section (read-only) and its text (staff edit a draft); finalise freezes it. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { month } = useParams();
  const c = useCommunityId();
  const { roles } = useSession();
  const staff = roles.includes('staff');
  const path = { communityId: c, month: month! };
  const { data: r, error, reload } = useApi('/api/communities/{communityId}/monthly-reports/{month}', { path });
  const [text, setText] = useState<Sections>();
  const [busy, setBusy] = useState<string>();
  useEffect(() => setText(r?.sections), [r]);

  if (error) return <p role="alert">{error.localized}</p>;
  if (!r || !text) return <p>{t('common.loading')}</p>;
  const editable = staff && r.status === 'draft';
  const lines = figureLines(r.figures);
  const labels = currentLang() === 'en' ? REPORT_SECTION_LABELS_EN : REPORT_SECTION_LABELS;

  const act = async (key: string, fn: () => Promise<unknown>, ok: string) => {
    setBusy(key);
    try {
      await fn();
      message.success(ok);
      reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };
  const save = () =>
    act(
      'save',
      () =>
        call(
          client.PATCH('/api/communities/{communityId}/monthly-reports/{month}', {
            params: { path },
            body: { sections: text },
          }),
        ),
      t('reports.saved'),
    );
  const regenerate = () =>
    act(
      'regenerate',
      () =>
        call(client.POST('/api/communities/{communityId}/monthly-reports/{month}/regenerate', { params: { path } })),
      t('reports.regenerated'),
    );
  const finalise = () =>
    modal.confirm({
      title: t('reports.finalise'),
      content: t('reports.finaliseConfirm'),
      okButtonProps: { 'data-testid': 'report-finalise-ok' } as React.ComponentProps<typeof Button>,
      onOk: () =>
        act(
          'finalise',
          () =>
            call(client.POST('/api/communities/{communityId}/monthly-reports/{month}/finalise', { params: { path } })),
          t('reports.finalised'),
        ),
    });

  return (
    <Page
      title={`${t('reports.menu')} ${r.month}`}
      extra={
        <Space wrap>
          <Tag color={r.status === 'final' ? 'green' : 'default'} data-testid="report-status">
            {t(`reports.status.${r.status}`)}
          </Tag>
          {editable && (
            <>
              <Button type="primary" loading={busy === 'save'} onClick={() => void save()} data-testid="report-save">
                {t('reports.save')}
              </Button>
              <Button loading={busy === 'regenerate'} onClick={() => void regenerate()} data-testid="report-regenerate">
                {t('reports.regenerate')}
              </Button>
              <Button danger loading={busy === 'finalise'} onClick={finalise} data-testid="report-finalise">
                {t('reports.finalise')}
              </Button>
            </>
          )}
          <Link to={`/monthly-reports/${r.month}/print`} data-testid="report-print-link">
            {t('reports.print')}
          </Link>
          <Button
            onClick={() =>
              void download(
                '/api/communities/{communityId}/monthly-reports/{month}/report.docx',
                { path },
                `${r.communityName}${r.month}工作月报.docx`,
              ).catch((e) => message.error(errorText(e)))
            }
            data-testid="report-docx"
          >
            {t('reports.docx')}
          </Button>
        </Space>
      }
    >
      <p>
        <Link to="/monthly-reports">{t('reports.back')}</Link>
      </p>
      {r.status === 'final' ? (
        <Alert
          type="success"
          showIcon
          data-testid="report-frozen"
          message={t('reports.frozen', { by: r.finalisedBy ?? '', at: formatTime(r.finalisedAt) })}
          description={
            <span>
              {t('reports.hash')}：<code className="rp-hash">{r.contentHash}</code>
            </span>
          }
        />
      ) : (
        <p>{t('reports.draftOf', { at: formatTime(r.figures.generatedAt) })}</p>
      )}
      <Space direction="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
        {REPORT_SECTIONS.map((s) => (
          <Card key={s} title={<h2 className="card-title">{labels[s]}</h2>} data-testid={`report-section-${s}`}>
            {lines[s].length > 0 && (
              <>
                <h3 className="rp-sub">{t('reports.figures')}</h3>
                <ul className="rp-figures">
                  {lines[s].map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              </>
            )}
            <label className="rp-sub" htmlFor={`rp-text-${s}`}>
              {t('reports.text')}
            </label>
            <Input.TextArea
              id={`rp-text-${s}`}
              value={text[s]}
              readOnly={!editable}
              autoSize={{ minRows: 2, maxRows: 12 }}
              maxLength={5000}
              onChange={(e) => setText({ ...text, [s]: e.target.value })}
              data-testid={`report-text-${s}`}
            />
          </Card>
        ))}
      </Space>
    </Page>
  );
}
