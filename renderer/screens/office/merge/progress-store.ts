import { create } from 'zustand';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';

export type CallProgress = ResponseOf<'dashboard.calls'>[number];
export type CallDashboard = ResponseOf<'dashboard.call'>;

interface ReviewProgressState {
  calls: CallProgress[] | null;
  callId: string | null;
  dashboard: CallDashboard | null;
  error: Err | null;
  /** Re-reads the calls and the selected call's dashboard (after a merge, or on demand). */
  refresh: () => Promise<void>;
  selectCall: (callId: string) => Promise<void>;
}

/**
 * Review progress shared by the merge and dashboard screens: the merge screen refreshes it after
 * every merge (and while one runs), so the dashboard is current whenever the officer looks.
 * Overlapping refreshes collapse into one that runs after the current.
 */
let running: Promise<void> | null = null;
let again = false;

export const useReviewProgress = create<ReviewProgressState>((set, get) => ({
  calls: null,
  callId: null,
  dashboard: null,
  error: null,
  refresh: async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        // A store shared by two screens and refreshed outside React (no hooks): both calls use the transport.
        const calls = await api().invoke('dashboard.calls', {});
        if (!calls.ok) {
          set({ error: calls });
          continue;
        }
        const wanted = get().callId;
        const selected =
          calls.value.find((call) => call.id === wanted) ??
          calls.value.find((call) => call.assigned > 0) ??
          calls.value[0];
        const dashboard = selected ? await api().invoke('dashboard.call', { callId: selected.id }) : null;
        if (dashboard && !dashboard.ok) set({ error: dashboard, calls: calls.value });
        else
          set({
            calls: calls.value,
            callId: selected?.id ?? null,
            dashboard: dashboard?.value ?? null,
            error: null,
          });
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  },
  selectCall: async (callId) => {
    set({ callId, dashboard: null });
    await get().refresh();
  },
}));
