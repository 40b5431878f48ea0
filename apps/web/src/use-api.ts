import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

type State<T> = { data: T; error: null } | { data: null; error: string | null };

/**
 * Loads data with `load` and again whenever `key` (anything JSON) changes, dropping an answer
 * that is stale by then. `reload()` asks again for the same key.
 */
export function useApi<T>(key: unknown, load: (signal: AbortSignal) => Promise<T>) {
  const id = JSON.stringify(key);
  const latest = useRef(load);
  latest.current = load;
  const [round, setRound] = useState(0);
  const [state, setState] = useState<State<T> & { id: string }>({
    data: null,
    error: null,
    id: '',
  });
  useEffect(() => {
    const abort = new AbortController();
    latest.current(abort.signal).then(
      (data) => setState({ data, error: null, id }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState({
          data: null,
          error:
            error instanceof ApiError ? error.message : 'Die Daten konnten nicht geladen werden.',
          id,
        });
      },
    );
    return () => abort.abort();
  }, [id, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const loading = state.id !== id;
  return {
    data: loading ? null : state.data,
    error: loading ? null : state.error,
    loading,
    reload,
  };
}
