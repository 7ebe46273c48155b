import { useState } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { getOp, type Item } from '../../lib/api';
import { useCommunityId } from '../../console/session';

type Hit = Item<'/api/communities/{communityId}/tickets'>;
/** The states a ticket can still be joined in (contract/tickets.ts OPEN_STATES; web imports the contract's types only). */
const OPEN = new Set(['submitted', 'accepted', 'in_progress', 'waiting_on_reporter', 'reopened']);

/**
 * Finds an open ticket by number or words (newest first), for staff joining a resident's message to it.
 * `firstQuery` is searched when the box first gets focus (the message's title).
 */
export function TicketPicker({
  firstQuery = '',
  label,
  ...rest
}: Omit<SelectProps<string>, 'options' | 'onSearch'> & { firstQuery?: string; label: string }) {
  const { t } = useTranslation();
  const c = useCommunityId();
  const [hits, setHits] = useState<Hit[]>([]);
  const search = async (q: string) => {
    try {
      const r = await getOp('/api/communities/{communityId}/tickets', {
        path: { communityId: c },
        query: { q: q.trim() || undefined, pageSize: 20 },
      });
      setHits(r.items.filter((x) => OPEN.has(x.state)));
    } catch {
      setHits([]);
    }
  };
  return (
    <Select<string>
      showSearch
      filterOption={false}
      {...rest}
      onSearch={(q) => void search(q)}
      onFocus={() => {
        if (!hits.length) void search(firstQuery);
      }}
      placeholder={t('tickets.pickTicket')}
      aria-label={label}
      notFoundContent={t('tickets.noOpenTicket')}
      options={hits.map((h) => ({ value: h.id, label: `${h.number} ${h.title}` }))}
    />
  );
}
