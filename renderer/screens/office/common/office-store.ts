import { create } from 'zustand';

/** The call the office screens work on, kept while the officer moves between them. */
interface OfficeState {
  callId: string | null;
  setCallId: (callId: string | null) => void;
}

export const useOfficeStore = create<OfficeState>((set) => ({
  callId: null,
  setCallId: (callId) => set({ callId }),
}));
