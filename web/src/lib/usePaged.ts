import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import { withQuery, type Page, type Query } from './api';
import { useApi } from './useApi';

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
