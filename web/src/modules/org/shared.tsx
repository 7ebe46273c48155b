import { useEffect, useState } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { allowed } from '../../console/registry';
import { useCommunityId, useSession } from '../../console/session';
import { getOp, type Item } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import { ORG_AUDIT, ORG_MANAGE } from './codes';

/** What the signed-in user may do with org data in the current community. */
export function useOrgRights() {
  const s = useSession();
  return {
    manage: allowed(ORG_MANAGE, s.roles, s.platformAdmin),
    audit: allowed(ORG_AUDIT, s.roles, s.platformAdmin),
  };
}

type Opt = Omit<SelectProps, 'options'>;

/** Rows of a list as select options (the first 100 — a community has a few dozen estates, grids or buildings). */
function options<T extends { id: string; name: string }>(
  items: T[] | undefined,
  label: (x: T) => string = (x) => x.name,
) {
  return (items ?? []).map((x) => ({ value: x.id, label: label(x) }));
}

/** Estates of the community as select options. */
export function EstateSelect(p: Opt) {
  const { t } = useTranslation();
  const { data } = useApi('/api/communities/{communityId}/estates', {
    path: { communityId: useCommunityId() },
    query: { pageSize: 100 },
  });
  return (
    <Select
      allowClear
      placeholder={t('org.estate')}
      aria-label={t('org.estate')}
      {...p}
      options={options(data?.items)}
    />
  );
}

/** Grids of the community as select options. */
export function GridSelect(p: Opt) {
  const { t } = useTranslation();
  const { data } = useApi('/api/communities/{communityId}/grids', {
    path: { communityId: useCommunityId() },
    query: { pageSize: 100 },
  });
  return (
    <Select allowClear placeholder={t('org.grid')} aria-label={t('org.grid')} {...p} options={options(data?.items)} />
  );
}

/** Buildings, optionally of one estate. */
export function BuildingSelect({ estateId, ...p }: Opt & { estateId?: string }) {
  const { t } = useTranslation();
  const { data } = useApi('/api/communities/{communityId}/buildings', {
    path: { communityId: useCommunityId() },
    query: { estateId, pageSize: 100 },
  });
  const list = options(data?.items, (b) => `${b.estateName} ${b.name}`);
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={t('org.building')}
      aria-label={t('org.building')}
      {...p}
      options={list}
    />
  );
}

/** A household picked by searching its code or room; shows the chosen one's label when editing. */
export function HouseholdSelect({ initialLabel, ...p }: Opt & { initialLabel?: string }) {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      getOp('/api/communities/{communityId}/households', { path: { communityId }, query: { q, pageSize: 30 } }).then(
        (r) => {
          if (live)
            setOptions(
              r.items.map((h) => ({ value: h.id, label: `${h.estateName} ${h.buildingName} ${h.room}（${h.code}）` })),
            );
        },
        () => undefined,
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, communityId]);
  const withInitial =
    initialLabel && p.value && !options.some((o) => o.value === p.value)
      ? [{ value: p.value as string, label: initialLabel }, ...options]
      : options;
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      placeholder={t('org.householdSearch')}
      aria-label={t('org.household')}
      {...p}
      options={withInitial}
    />
  );
}

export type ResidentHit = Item<'/api/communities/{communityId}/residents'>;

/**
 * Finds a resident by name, phone or household (within an estate when given) for staff recording something on their
 * behalf; `firstQuery` is searched when the box first gets focus (the group-chat intake starts from a nickname's
 * surname: 张阿姨 → 张). `onChange` also hands over the chosen row (its household and building).
 */
export function ResidentPicker({
  estateId,
  firstQuery = '',
  onChange,
  label,
  placeholder,
  notFound,
  ...rest
}: Omit<Opt, 'onChange'> & {
  estateId?: string;
  firstQuery?: string;
  onChange: (id: string, hit?: ResidentHit) => void;
  label: string;
  placeholder: string;
  notFound: string;
}) {
  const c = useCommunityId();
  const [hits, setHits] = useState<ResidentHit[]>([]);
  const search = async (q: string) => {
    try {
      const r = await getOp('/api/communities/{communityId}/residents', {
        path: { communityId: c },
        query: { q: q.trim() || undefined, estateId, pageSize: 20 },
      });
      setHits(r.items);
    } catch {
      setHits([]);
    }
  };
  return (
    <Select
      showSearch
      filterOption={false}
      {...rest}
      onChange={(v: string) =>
        onChange(
          v,
          hits.find((h) => h.id === v),
        )
      }
      onSearch={(q) => void search(q)}
      onFocus={() => {
        if (!hits.length) void search(firstQuery);
      }}
      placeholder={placeholder}
      aria-label={label}
      notFoundContent={notFound}
      options={hits.map((h) => ({
        value: h.id,
        label: [h.name, h.householdCode, h.phone].filter(Boolean).join(' · '),
      }))}
    />
  );
}
