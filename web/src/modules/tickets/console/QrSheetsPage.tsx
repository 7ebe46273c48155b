import { useState } from 'react';
import { Button, Card, Checkbox, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/usePageTitle';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import './qr-sheets.css';

/**
 * 楼栋二维码: staff tick several buildings and print one A4 sheet per building to post at its door — a large QR code
 * (GET …/tickets/qr: the H5 report form with the building filled in), the building's name and how to report, in type
 * read from a metre away. Only the sheets print (qr-sheets.css), one page each.
 */
export default function QrSheetsPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  usePageTitle(t('tickets.qrPage.title'));
  const { data: places, error } = useApi('/api/communities/{communityId}/tickets/places', {
    path: { communityId: c },
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const estates = places?.estates ?? [];
  const all = estates.flatMap((e) => e.buildings.map((b) => ({ ...b, estate: e.name })));
  const sheets = all.filter((b) => chosen.includes(b.id));
  const set = (estateId: string, ids: string[]) => {
    const mine = new Set(estates.find((e) => e.id === estateId)!.buildings.map((b) => b.id));
    setChosen((xs) => [...xs.filter((x) => !mine.has(x)), ...ids]);
  };
  return (
    <section className="page qr-page">
      <div className="qr-no-print">
        <div className="page-head">
          <h1>{t('tickets.qrPage.title')}</h1>
          <div className="page-extra">
            <Button type="primary" disabled={sheets.length === 0} onClick={() => window.print()} data-testid="qr-print">
              {t('tickets.qrPage.print', { n: sheets.length })}
            </Button>
          </div>
        </div>
        <p>{t('tickets.qrPage.intro')}</p>
        {error && <p role="alert">{error.localized}</p>}
        <Card
          title={<h2 className="card-title">{t('tickets.qrPage.buildings')}</h2>}
          extra={
            <Space>
              <span aria-live="polite" data-testid="qr-chosen">
                {t('tickets.qrPage.chosen', { n: sheets.length })}
              </span>
              <Button size="small" onClick={() => setChosen(all.map((b) => b.id))} data-testid="qr-all">
                {t('tickets.qrPage.all')}
              </Button>
              <Button size="small" onClick={() => setChosen([])}>
                {t('tickets.qrPage.none')}
              </Button>
            </Space>
          }
        >
          {estates.map((e) => (
            <fieldset key={e.id} className="qr-estate">
              <legend>{e.name}</legend>
              <Checkbox.Group
                value={chosen.filter((x) => e.buildings.some((b) => b.id === x))}
                onChange={(ids) => set(e.id, ids as string[])}
                options={e.buildings.map((b) => ({ value: b.id, label: b.name }))}
                data-testid={`qr-estate-${e.id}`}
              />
            </fieldset>
          ))}
        </Card>
        {sheets.length === 0 && <p className="muted">{t('tickets.qrPage.pick')}</p>}
      </div>
      <div className="qr-sheets" data-testid="qr-sheets">
        {sheets.map((b) => {
          const name = `${b.estate} ${b.name}`;
          return (
            <article key={b.id} className="qr-sheet" data-testid="qr-sheet">
              <p className="qr-kicker">{t('tickets.qrPage.scan')}</p>
              <h2 className="qr-building">{name}</h2>
              <img
                className="qr-code"
                src={`/api/communities/${encodeURIComponent(c)}/tickets/qr?buildingId=${encodeURIComponent(b.id)}&format=svg`}
                alt={t('tickets.qrPage.qrAlt', { building: name })}
              />
              <p className="qr-steps">{t('tickets.qrPage.steps')}</p>
              <p className="qr-footer">{t('tickets.qrPage.footer')}</p>
            </article>
          );
        })}
      </div>
    </section>
  );
}
