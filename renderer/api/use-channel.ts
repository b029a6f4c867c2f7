import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelName, InvokeOptions, RequestOf, ResponseOf } from '../../shared/contract';
import type { Err } from '../../shared/result';
import { api } from './api';

export interface ChannelState<C extends ChannelName> {
  /** The last answer; kept while a reload is under way so lists do not flicker. */
  value: ResponseOf<C> | null;
  error: Err | null;
  loading: boolean;
  reload: () => Promise<void>;
  clearError: () => void;
}

/**
 * Reads a channel and keeps its answer: asks again whenever the request changes (compared by value)
 * or on `reload()`. A `null` request asks nothing (a screen waiting for a call to be picked). An
 * answer to an older request that arrives late is dropped.
 */
export function useChannel<C extends ChannelName>(channel: C, request: RequestOf<C> | null): ChannelState<C> {
  const [value, setValue] = useState<ResponseOf<C> | null>(null);
  const [error, setError] = useState<Err | null>(null);
  const [loading, setLoading] = useState(request !== null);
  const key = request === null ? null : JSON.stringify(request);
  const latest = useRef({ request, generation: 0 });
  latest.current.request = request;

  const reload = useCallback(async () => {
    const current = latest.current.request;
    if (current === null) return;
    const generation = (latest.current.generation += 1);
    setLoading(true);
    const result = await api().invoke(channel, current);
    if (generation !== latest.current.generation) return;
    setLoading(false);
    if (result.ok) {
      setValue(result.value);
      setError(null);
    } else setError(result);
  }, [channel]);

  // `key` stands for the request's value: the request object itself is new on every render.
  useEffect(() => {
    void reload();
  }, [reload, key]);

  return { value, error, loading, reload, clearError: useCallback(() => setError(null), []) };
}

export interface Action {
  /** Runs one call; answers its value, or `null` after showing the refusal in `error`. */
  run<C extends ChannelName>(
    channel: C,
    request: RequestOf<C>,
    options?: InvokeOptions,
  ): Promise<ResponseOf<C> | null>;
  error: Err | null;
  setError: (error: Err | null) => void;
  busy: boolean;
}

/** Calls that change something (save, delete, detect): the refusal and the busy flag in one place. */
export function useAction(): Action {
  const [error, setError] = useState<Err | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <C extends ChannelName>(channel: C, request: RequestOf<C>, options?: InvokeOptions) => {
      setBusy(true);
      setError(null);
      const result = await api().invoke(channel, request, options);
      setBusy(false);
      if (result.ok) return result.value;
      setError(result);
      return null;
    },
    [],
  );
  return { run, error, setError, busy };
}
