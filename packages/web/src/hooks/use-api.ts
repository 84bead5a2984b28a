/**
 * Loads one API resource for a component. The request is aborted when the key changes or
 * the component goes away, so a slow answer for an old filter never overwrites a new one.
 * “Loading” is derived (the settled answer belongs to another key), never set in the effect.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type ApiState<T> =
  | { readonly phase: 'loading'; readonly data: T | undefined }
  | { readonly phase: 'ready'; readonly data: T }
  | { readonly phase: 'error'; readonly error: Error; readonly data: T | undefined };

export interface ApiResource<T> {
  readonly state: ApiState<T>;
  readonly reload: () => void;
  /** Replace the data locally after a successful write, without a round trip. */
  readonly setData: (update: (data: T) => T) => void;
}

/** The last answer: for which request, and what came back. */
type Settled<T> =
  | { readonly request: string; readonly ok: true; readonly data: T }
  | {
      readonly request: string;
      readonly ok: false;
      readonly error: Error;
      readonly data: T | undefined;
    };

/**
 * `load` is called again whenever `key` changes (a URL-like string of everything the request
 * depends on); a null key loads nothing. While a new answer is on its way the previous data
 * stays available, so pages do not flash empty between filters.
 */
export function useApi<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): ApiResource<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const request = key === null ? null : `${generation}:${key}`;
  // The latest `load` closure; `key` alone says when the request really changes.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (request === null) return undefined;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ request, ok: true, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const cause = error instanceof Error ? error : new Error(String(error));
        setSettled((previous) => ({ request, ok: false, error: cause, data: previous?.data }));
      },
    );
    return () => controller.abort();
  }, [request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((update: (data: T) => T) => {
    setSettled((previous) =>
      previous?.ok
        ? { request: previous.request, ok: true, data: update(previous.data) }
        : previous,
    );
  }, []);

  let state: ApiState<T>;
  if (settled === null || settled.request !== request) {
    state = { phase: 'loading', data: settled?.data };
  } else if (settled.ok) {
    state = { phase: 'ready', data: settled.data };
  } else {
    state = { phase: 'error', error: settled.error, data: settled.data };
  }
  return { state, reload, setData };
}
