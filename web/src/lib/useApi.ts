import { useCallback, useEffect, useState } from 'react';
import { ApiError, getOp, type Answer, type GetPath, type Params } from './api';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** The parameters argument: required when the operation has path parameters, `null` meaning "not yet". */
export type ParamsArg<P extends GetPath> =
  Params<P> extends { path: object } ? [params: Params<P> | null] : [params?: Params<P> | null];

/**
 * GETs one documented operation and re-fetches when its parameters change; stale answers are dropped.
 * `useApi('/api/communities/{communityId}/grids/{id}', c ? { path: { communityId: c, id } } : null)`: the path,
 * the parameters and the answer's type all come from the OpenAPI document (contract/api.gen.ts).
 */
export function useApi<P extends GetPath>(path: P, ...[params]: ParamsArg<P>): ApiState<Answer<P>> {
  const ready = params !== null;
  const [data, setData] = useState<Answer<P>>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(ready);
  const [tick, setTick] = useState(0);
  // The parameters as a value, so a page may pass a fresh object literal on every render.
  const key = ready ? JSON.stringify([path, params ?? {}]) : null;

  useEffect(() => {
    if (key === null) return;
    const [p, ps] = JSON.parse(key) as [P, Params<P>];
    const ac = new AbortController();
    setLoading(true);
    getOp(p, ps, ac.signal)
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
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
