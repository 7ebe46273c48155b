import { useEffect, useState } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BuildingT, EstateT, GridT, HouseholdT } from '../../../../contract/org';
import { allowed } from '../../console/registry';
import { useCommunityId, useSession } from '../../console/session';
import { get, withQuery, type Page } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import { ORG_AUDIT, ORG_MANAGE } from './codes';

/** `/api/communities/:c` of the current community. */
export function useBase(): string {
  return `/api/communities/${useCommunityId()}`;
}

/** What the signed-in user may do with org data in the current community. */
export function useOrgRights() {
  const s = useSession();
  return {
    manage: allowed(ORG_MANAGE, s.roles, s.platformAdmin),
    audit: allowed(ORG_AUDIT, s.roles, s.platformAdmin),
  };
}

type Opt = Omit<SelectProps, 'options'>;

function useOptions<T extends { id: string; name: string }>(path: string | null, label?: (x: T) => string) {
  const base = useBase();
  const { data } = useApi<Page<T>>(path === null ? null : withQuery(`${base}${path}`, { pageSize: 100 }));
  return (data?.items ?? []).map((x) => ({ value: x.id, label: label ? label(x) : x.name }));
}

/** Estates of the community as select options. */
export function EstateSelect(p: Opt) {
  const { t } = useTranslation();
  return <Select allowClear placeholder={t('org.estate')} aria-label={t('org.estate')} {...p} options={useOptions<EstateT>('/estates')} />;
}

/** Grids of the community as select options. */
export function GridSelect(p: Opt) {
  const { t } = useTranslation();
  return <Select allowClear placeholder={t('org.grid')} aria-label={t('org.grid')} {...p} options={useOptions<GridT>('/grids')} />;
}

/** Buildings, optionally of one estate. */
export function BuildingSelect({ estateId, ...p }: Opt & { estateId?: string }) {
  const { t } = useTranslation();
  const options = useOptions<BuildingT>(withQuery('/buildings', { estateId }), (b) => `${b.estateName} ${b.name}`);
  return <Select allowClear showSearch optionFilterProp="label" placeholder={t('org.building')} aria-label={t('org.building')} {...p} options={options} />;
}

/** A household picked by searching its code or room; shows the chosen one's label when editing. */
export function HouseholdSelect({ initialLabel, ...p }: Opt & { initialLabel?: string }) {
  const { t } = useTranslation();
  const base = useBase();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      get<Page<HouseholdT>>(withQuery(`${base}/households`, { q, pageSize: 30 })).then((r) => {
        if (live) setOptions(r.items.map((h) => ({ value: h.id, label: `${h.estateName} ${h.buildingName} ${h.room}（${h.code}）` })));
      }, () => undefined);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, base]);
  const withInitial = initialLabel && p.value && !options.some((o) => o.value === p.value) ? [{ value: p.value as string, label: initialLabel }, ...options] : options;
  return (
    <Select
      allowClear showSearch filterOption={false} onSearch={setQ} placeholder={t('org.householdSearch')}
      aria-label={t('org.household')} {...p} options={withInitial}
    />
  );
}
