import { useState } from 'react';
import { App, Button, Input, Space, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { download, errorText } from '../../../lib/api';
import { currentLang } from '../../../app/i18n';
import { useCommunityId } from '../../../console/session';

export const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/** 台账: every ledger the caller may export, for a period of months, each as .xlsx with a cover sheet. */
export default function LedgersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [busy, setBusy] = useState<string>();
  const { data, loading, error } = useApi('/api/communities/{communityId}/ledgers', { path: { communityId: c } });
  const en = currentLang() === 'en';

  const get = async (key: string, title: string) => {
    setBusy(key);
    try {
      await download(
        '/api/communities/{communityId}/ledgers/{key}/export.xlsx',
        { path: { communityId: c, key }, query: { from, to } },
        `${title}-${from === to ? from : `${from}_${to}`}.xlsx`,
      );
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Page title={t('reports.ledgers')}>
      <p>{t('reports.ledgersHint')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <label>
          {t('reports.from')}{' '}
          <Input
            type="month"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            style={{ width: 160 }}
            data-testid="ledger-from"
          />
        </label>
        <label>
          {t('reports.to')}{' '}
          <Input
            type="month"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            style={{ width: 160 }}
            data-testid="ledger-to"
          />
        </label>
      </Space>
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="key"
        loading={loading}
        dataSource={data?.ledgers ?? []}
        pagination={false}
        locale={{ emptyText: t('reports.noLedgers') }}
        columns={[
          { title: t('reports.ledger'), render: (_, l) => (en ? l.titleEn : l.titleZh) },
          { title: t('reports.columns'), render: (_, l) => <span className="rp-cols">{l.columns.join('、')}</span> },
          {
            title: t('reports.download'),
            render: (_, l) => (
              <Button
                icon={<DownloadOutlined />}
                loading={busy === l.key}
                onClick={() => void get(l.key, l.titleZh)}
                data-testid={`ledger-download-${l.key}`}
                aria-label={`${t('reports.download')} ${en ? l.titleEn : l.titleZh}`}
              >
                {t('reports.download')}
              </Button>
            ),
          },
        ]}
      />
    </Page>
  );
}
