import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelName, InvokeOptions, RequestOf, ResponseOf } from '../../shared/contract';
import type { Progress } from '../../shared/contract/progress';
import type { Err, Result } from '../../shared/result';
import { api } from './api';

export interface ChannelState<C extends ChannelName> {
  /** The last answer; kept while a reload is under way so lists do not flicker. */
  value: ResponseOf<C> | null;
  error: Err | null;
  loading: boolean;
  /** Asks again; answers the new value, or null when refused or overtaken by a newer request. */
  reload: () => Promise<ResponseOf<C> | null>;
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
    if (current === null) return null;
    const generation = (latest.current.generation += 1);
    setLoading(true);
    const result = await api().invoke(channel, current);
    if (generation !== latest.current.generation) return null;
    setLoading(false);
    if (!result.ok) {
      setError(result);
      return null;
    }
    setValue(result.value);
    setError(null);
    return result.value;
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

/** A long call (an import): its whole answer, its progress while it runs, and a way to stop it. */
export interface LongCall<Request, Response> {
  /** Runs the call; answers the whole Result, so the caller shows a refusal its own way. */
  run: (request: Request) => Promise<Result<Response>>;
  /** The handler's last report while the call runs (null before the first and when idle). */
  progress: Progress | null;
  running: boolean;
  /** Asks the handler to stop; the call then answers a cancelled refusal. */
  cancel: () => void;
}

/** Calls that report progress and can be cancelled (imports), one at a time. */
export function useLongCall<C extends ChannelName>(channel: C): LongCall<RequestOf<C>, ResponseOf<C>> {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(
    async (request: RequestOf<C>) => {
      const current = new AbortController();
      controller.current = current;
      setRunning(true);
      const result = await api().invoke(channel, request, {
        onProgress: setProgress,
        signal: current.signal,
      });
      controller.current = null;
      setRunning(false);
      setProgress(null);
      return result;
    },
    [channel],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { run, progress, running, cancel };
}
