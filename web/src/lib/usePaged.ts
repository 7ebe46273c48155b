import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { Answer, GetPath, Params, Item } from './api';
import { useApi, type ParamsArg } from './useApi';

type Query<P extends GetPath> = Params<P> extends { query?: infer Q } ? NonNullable<Q> : never;
/** An operation's path parameters (`undefined` for one without). */
export type PathParams<P extends GetPath> = Params<P> extends { path: infer X } ? X : undefined;

/** The GET operations that answer a page ({items,total,page,pageSize}) and take page/pageSize. */
export type PagedPath = {
  [P in GetPath]: Answer<P> extends { items: unknown[]; total: number }
    ? Query<P> extends { page?: number; pageSize?: number }
      ? P
      : never
    : never;
}[GetPath];
/** A paged operation's filters: its query parameters other than the page. */
export type Filters<P extends PagedPath> = Omit<Query<P>, 'page' | 'pageSize'>;

/**
 * A paged list operation with filters: state, the fetched page, and antd Table pagination wired to it.
 * `usePaged('/api/communities/{communityId}/grids', { communityId: c }, { q: '' })`: the path parameters,
 * filters and rows are typed from the OpenAPI document.
 */
export function usePaged<P extends PagedPath>(
  path: P,
  pathParams: PathParams<P>,
  initialFilters: Filters<P> = {} as Filters<P>,
  pageSize = 20,
) {
  const [filters, setFiltersState] = useState<Filters<P>>(initialFilters);
  const [page, setPage] = useState({ page: 1, pageSize });
  const state = useApi<P>(path, ...([{ path: pathParams, query: { ...filters, ...page } }] as unknown as ParamsArg<P>));
  const pagination: TablePaginationConfig = {
    current: page.page,
    pageSize: page.pageSize,
    total: (state.data as { total?: number } | undefined)?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    onChange: (p, s) => setPage({ page: s !== page.pageSize ? 1 : p, pageSize: s }),
  };
  return {
    ...state,
    items: (state.data as { items?: Array<Item<P>> } | undefined)?.items ?? [],
    filters,
    /** New filters start again at page 1. */
    setFilters: (f: Filters<P>) => {
      setFiltersState(f);
      setPage((p) => ({ ...p, page: 1 }));
    },
    pagination,
  };
}
