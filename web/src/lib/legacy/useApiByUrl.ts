// TEMPORARY (issue #19): see api-by-url.ts.
import { useCallback, useEffect, useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import { ApiError } from '../api';
import type { ApiState } from '../useApi';
import { get, withQuery, type Page, type Query } from './api-by-url';

/** GETs `url` (null = not yet) and re-fetches when it changes; stale answers are dropped. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(url !== null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const ac = new AbortController();
    setLoading(true);
    get<T>(url, undefined, { signal: ac.signal })
      .then((d) => {
        setData(d);
        setError(undefined);
      })
      .catch((e) => {
        if (e instanceof ApiError) setError(e);
        else if ((e as Error).name !== 'AbortError') setError(new ApiError(0, 'client', String(e), String(e)));
      })
      .finally(() => {
        if (!ac.signal.aborted) setLoading(false);
      });
    return () => ac.abort();
  }, [url, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}

/** A paged list route with filters: state, the fetched page, and antd Table pagination wired to it. */
export function usePaged<T, F extends Query = Query>(url: string, initialFilters: F = {} as F, pageSize = 20) {
  const [filters, setFiltersState] = useState<F>(initialFilters);
  const [page, setPage] = useState({ page: 1, pageSize });
  const state = useApi<Page<T>>(withQuery(url, { ...filters, ...page }));
  const pagination: TablePaginationConfig = {
    current: page.page,
    pageSize: page.pageSize,
    total: state.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    onChange: (p, s) => setPage({ page: s !== page.pageSize ? 1 : p, pageSize: s }),
  };
  return {
    ...state,
    items: state.data?.items ?? [],
    filters,
    /** New filters start again at page 1. */
    setFilters: (f: F) => {
      setFiltersState(f);
      setPage((p) => ({ ...p, page: 1 }));
    },
    pagination,
  };
}
