import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Popconfirm, Space, type ButtonProps } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { Page } from '../../../components/Page';
import { call, client, errorText, type Answer } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import './join-codes.css';
import { testId } from '../../../lib/testid';

type Codes = Answer<'/api/communities/{communityId}/buildings/{id}/join-codes', 'post'>;

/**
 * One-time household join codes for a building, printed as an A4 sheet of QR cards (one per household)
 * for building leaders to hand out. Generating new codes voids the previous ones, so it asks first.
 */
export default function JoinCodesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams<{ id: string }>();
  const communityId = useCommunityId();
  const buildings = useApi('/api/communities/{communityId}/buildings', {
    path: { communityId },
    query: { pageSize: 100 },
  });
  const building = buildings.data?.items.find((b) => b.id === id);
  const [codes, setCodes] = useState<Codes>();
  const [qr, setQr] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!codes) return;
    let live = true;
    void Promise.all(
      codes.items.map(
        async (c) =>
          [
            c.householdId,
            await QRCode.toDataURL(c.joinUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' }),
          ] as const,
      ),
    ).then((pairs) => {
      if (live) setQr(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [codes]);

  async function generate() {
    setBusy(true);
    try {
      setCodes(
        await call(
          client.POST('/api/communities/{communityId}/buildings/{id}/join-codes', {
            params: { path: { communityId, id: id! } },
          }),
        ),
      );
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const name = codes
    ? `${codes.building.estateName} ${codes.building.name}`
    : building
      ? `${building.estateName} ${building.name}`
      : '';
  return (
    <Page
      title={t('org.joinCodesTitle', { name })}
      extra={
        <Space className="no-print">
          <Link to="/org/buildings">{t('common.back')}</Link>
          {codes && (
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={() => window.print()}
              data-testid="join-codes-print"
            >
              {t('common.print')}
            </Button>
          )}
        </Space>
      }
    >
      {!codes && (
        <div className="no-print">
          <Alert type="warning" showIcon message={t('org.joinCodesWarning')} style={{ marginBottom: 16 }} />
          <Popconfirm
            title={t('org.joinCodesConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={generate}
            okButtonProps={testId<ButtonProps>('join-codes-confirm')}
          >
            <Button type="primary" loading={busy} data-testid="join-codes-generate">
              {t('org.joinCodesGenerate')}
            </Button>
          </Popconfirm>
        </div>
      )}
      {codes && (
        <div className="qr-sheet" data-testid="join-codes-sheet">
          {codes.items.map((c) => (
            <figure key={c.householdId} className="qr-card" data-testid="join-code-card">
              <div className="qr-card-place">
                {codes.building.estateName} {codes.building.name} <strong>{c.room}</strong>
              </div>
              {qr[c.householdId] && (
                <img src={qr[c.householdId]} alt={t('org.joinQrAlt', { room: c.room })} width={150} height={150} />
              )}
              <figcaption>
                <div className="qr-card-code">
                  {t('org.joinCode')}：<span data-testid="join-code">{c.code}</span>
                </div>
                <div className="qr-card-hint">{t('org.joinCardHint')}</div>
              </figcaption>
            </figure>
          ))}
        </div>
      )}
    </Page>
  );
}
