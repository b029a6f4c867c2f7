import { create } from 'zustand';

/**
 * Reviewer screens' shared state: which assigned application is open (null shows the inbox list)
 * and the autosave still on its way, which the inbox waits for before it reads the statuses.
 */
interface ReviewerState {
  applicationId: string | null;
  pendingSave: Promise<unknown> | null;
  openApplication: (applicationId: string | null) => void;
  setPendingSave: (pending: Promise<unknown> | null) => void;
  /** Set by an open review form: saves, and says whether leaving it is fine (asks when not). */
  leaveGuard: (() => Promise<boolean>) | null;
  /** The inbox's applications in the order shown, for previous / next. */
  queue: string[];
  setQueue: (queue: string[]) => void;
  /** Reference number of the review submitted just before moving on, to say so. */
  justSubmitted: string | null;
  setJustSubmitted: (reference: string | null) => void;
  setLeaveGuard: (guard: (() => Promise<boolean>) | null) => void;
}

export const useReviewerStore = create<ReviewerState>((set) => ({
  applicationId: null,
  pendingSave: null,
  openApplication: (applicationId) => set({ applicationId }),
  setPendingSave: (pendingSave) => set({ pendingSave }),
  leaveGuard: null,
  queue: [],
  setQueue: (queue) => set({ queue }),
  justSubmitted: null,
  setJustSubmitted: (justSubmitted) => set({ justSubmitted }),
  setLeaveGuard: (leaveGuard) => set({ leaveGuard }),
}));

/** Whether the open review form (if any) lets the reviewer go elsewhere; it saves first. */
export async function mayLeaveReview(): Promise<boolean> {
  const guard = useReviewerStore.getState().leaveGuard;
  return guard ? guard() : true;
}
