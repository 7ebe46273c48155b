import { useCallback, useEffect, useState } from 'react';
import { ApiError, get } from './api';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

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
