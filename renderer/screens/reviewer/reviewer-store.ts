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
}

export const useReviewerStore = create<ReviewerState>((set) => ({
  applicationId: null,
  pendingSave: null,
  openApplication: (applicationId) => set({ applicationId }),
  setPendingSave: (pendingSave) => set({ pendingSave }),
}));
