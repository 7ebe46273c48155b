import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, List, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import { StateBadge } from '../StateBadge';

/** The public board of an estate: what was reported and how far it is, no personal data. Open without signing in via ?community=&estate=. */
export default function BoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { me } = useH5Session();
  const c = params.get('community') ?? (me ? homeCommunity(me)?.id : undefined);
  const { data: places } = useApi(
    '/api/communities/{communityId}/tickets/places',
    me && c ? { path: { communityId: c } } : null,
  );
  const [estate, setEstate] = useState<string | undefined>(params.get('estate') ?? undefined);
  const estateId = estate ?? places?.estates[0]?.id;
  const { data, reload } = useApi(
    '/api/communities/{communityId}/tickets/board',
    c && estateId ? { path: { communityId: c }, query: { estateId } } : null,
  );
  const [busy, setBusy] = useState<string>();
  // 同问 straight from the board: a neighbour cannot open someone else's ticket, but can say "us too".
  const support = async (id: string) => {
    setBusy(id);
    try {
      await call(
        client.POST('/api/communities/{communityId}/tickets/{id}/support', {
          params: { path: { communityId: c!, id } },
        }),
      );
      Toast.show({ content: t('tickets.supported') });
      reload();
    } catch (e) {
      Toast.show({ content: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Shell title={t('tickets.boardTitle')} back="/">
      <p className="h5-intro">{t('tickets.noPersonalData')}</p>
      {places && places.estates.length > 1 && (
        <select
          className="h5-input"
          aria-label={t('tickets.chooseEstate')}
          value={estateId}
          onChange={(e) => {
            setEstate(e.target.value);
            setParams(
              (p) => {
                p.set('estate', e.target.value);
                return p;
              },
              { replace: true },
            );
          }}
        >
          {places.estates.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      )}
      {data && <h2 className="h5-h2">{data.estate.name}</h2>}
      <List mode="card" data-testid="board">
        {(data?.items ?? []).map((x) => (
          <List.Item
            key={x.id}
            data-testid="board-row"
            description={`${x.number} · ${x.categoryLabel} · ${[x.buildingName, x.area].filter(Boolean).join(' ')} · ${formatTime(x.createdAt)}${x.supportCount ? ' · ' + t('tickets.supportCount', { n: x.supportCount }) : ''}`}
            extra={<StateBadge state={x.state} />}
          >
            {x.title}
            {/* The server says what 同问 means for the caller's household: its own report, already supported, or open to it. */}
            {x.mine && (
              <span className="tk-board-mark" data-testid="board-mine">
                {t('tickets.boardMine')}
              </span>
            )}
            {x.supported && (
              <span className="tk-board-mark" data-testid="board-supported">
                {t('tickets.boardSupported')}
              </span>
            )}
            {x.canSupport && (
              <Button
                size="small"
                color="primary"
                fill="outline"
                className="tk-board-support"
                disabled={busy === x.id}
                onClick={() => void support(x.id)}
                data-testid="board-support"
              >
                {t('tickets.support')}
              </Button>
            )}
          </List.Item>
        ))}
      </List>
    </Shell>
  );
}
