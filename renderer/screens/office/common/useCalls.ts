import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { useOfficeStore } from './office-store';

export type CallRow = ResponseOf<'calls.list'>[number];

/**
 * The open calls, and the selected one (defaulting to the newest). Screens that work on one call
 * share the selection through the office store.
 */
export function useCalls(includeArchived = false) {
  const { callId, setCallId } = useOfficeStore();
  const [calls, setCalls] = useState<CallRow[] | null>(null);
  const [error, setError] = useState<Err | null>(null);

  const reload = useCallback(async () => {
    const result = await api().invoke('calls.list', { includeArchived });
    if (!result.ok) return setError(result);
    setError(null);
    setCalls(result.value);
    const current = useOfficeStore.getState().callId;
    if (!result.value.some((call) => call.id === current)) setCallId(result.value[0]?.id ?? null);
  }, [includeArchived, setCallId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const call = calls?.find((candidate) => candidate.id === callId) ?? null;
  return { calls, call, callId: call?.id ?? null, setCallId, reload, error };
}
