import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import './messages';

interface LinkRow {
  targetType: string;
  targetId: string;
  title: string | null;
  note: string | null;
}

/**
 * For the ticket page (the April dispute): a ticket that reopens a question a consultation already settled is
 * linked to that closed consultation (the tickets module's link registry), and staff print its sealed result
 * with the QR to the public check. Shows the linked consultations; those who handle the ticket can attach one.
 */
export function SettledBy({
  communityId,
  ticketId,
  links,
  canAttach,
  onChange,
}: {
  communityId: string;
  ticketId: string;
  links: LinkRow[];
  canAttach: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const linked = links.filter((l) => l.targetType === 'consultation');
  const { data: closed } = useApi(
    '/api/communities/{communityId}/consultations',
    canAttach ? { path: { communityId }, query: { status: 'closed' } } : null,
  );
  const [pick, setPick] = useState<string>();
  const [note, setNote] = useState('');
  if (!linked.length && !canAttach) return null;
  const attach = async () => {
    try {
      const body = {
        targetType: 'consultation' as const,
        targetId: pick!,
        ...(note.trim() ? { note: note.trim() } : {}),
      };
      await call(
        client.POST('/api/communities/{communityId}/tickets/{id}/links', {
          params: { path: { communityId, id: ticketId } },
          body,
        }),
      );
      message.success(t('consultations.ev.attached'));
      setPick(undefined);
      setNote('');
      onChange();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const options = (closed?.items ?? [])
    .filter((c) => !linked.some((l) => l.targetId === c.id))
    .map((c) => ({ value: c.id, label: `${c.title}（${c.closedAt?.slice(0, 10) ?? ''}）` }));
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={<h2 className="card-title">{t('consultations.ev.settledTitle')}</h2>}
      data-testid="settled-by"
    >
      {linked.length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {linked.map((l) => (
            <li key={l.targetId} data-testid={`settled-${l.targetId}`}>
              <Link to={`/consultations/${l.targetId}`}>{l.title ?? l.targetId}</Link>
              {l.note && `：${l.note}`}
              {' · '}
              <Link to={`/consultations/${l.targetId}/report`} data-testid={`settled-print-${l.targetId}`}>
                {t('consultations.ev.printSealed')}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: 0 }}>{t('consultations.ev.settledNone')}</p>
      )}
      {canAttach && (
        <Space wrap style={{ marginTop: 12 }}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 320 }}
            placeholder={t('consultations.ev.pickClosed')}
            aria-label={t('consultations.ev.pickClosed')}
            options={options}
            value={pick}
            onChange={setPick}
            data-testid="settled-pick"
          />
          <Input
            style={{ width: 240 }}
            maxLength={200}
            placeholder={t('consultations.ev.note')}
            aria-label={t('consultations.ev.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="settled-note"
          />
          <Button disabled={!pick} onClick={() => void attach()} data-testid="settled-attach">
            {t('consultations.ev.attach')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
