import { useEffect } from 'react';
import type { ResponseOf } from '../../../../shared/contract';
import { useChannel } from '../../../api/use-channel';
import { useOfficeStore } from './office-store';

export type CallRow = ResponseOf<'calls.list'>[number];

/**
 * The open calls, and the selected one (defaulting to the newest). Screens that work on one call
 * share the selection through the office store.
 */
export function useCalls(includeArchived = false) {
  const { callId, setCallId } = useOfficeStore();
  const { value: calls, error, reload } = useChannel('calls.list', { includeArchived });

  // A selection the list no longer holds (another workspace, an archived call) falls back to the newest.
  useEffect(() => {
    if (!calls) return;
    const current = useOfficeStore.getState().callId;
    if (!calls.some((call) => call.id === current)) setCallId(calls[0]?.id ?? null);
  }, [calls, setCallId]);

  const call = calls?.find((candidate) => candidate.id === callId) ?? null;
  return { calls, call, callId: call?.id ?? null, setCallId, reload, error };
}
