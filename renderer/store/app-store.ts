import { create } from 'zustand';
import type { WorkspaceInfo } from '../../shared/domain/workspace';
import type { Err } from '../../shared/result';
import { api } from '../api/api';
import type { RouteId } from '../app/route-ids';

interface AppState {
  ready: boolean;
  version: string;
  /** Where the app logs the stacks of unexpected failures (shown in About and on a failed screen). */
  logFile: string;
  door: 'desktop' | 'browser' | 'cli';
  workspace: WorkspaceInfo | null;
  screen: RouteId;
  load: () => Promise<void>;
  setWorkspace: (workspace: WorkspaceInfo | null) => void;
  go: (screen: RouteId) => void;
  closeWorkspace: () => Promise<Err | null>;
  /** A package the OS asked us to open, waiting for its passphrase in the open-package form. */
  packageFromOs: string | null;
  receivePackageFromOs: (path: string) => void;
  clearPackageFromOs: () => void;
}

/** App-wide state only: which workspace is open and which screen shows. Screens own their data. */
export const useAppStore = create<AppState>((set) => ({
  ready: false,
  version: '',
  logFile: '',
  door: 'browser',
  workspace: null,
  screen: 'overview',
  load: async () => {
    // A store outside any component: hooks cannot run here, so it calls the transport.
    const info = await api().invoke('app.info', {});
    if (info.ok)
      set({
        ready: true,
        version: info.value.version,
        logFile: info.value.logFile,
        door: info.value.door,
        workspace: info.value.workspace,
      });
    else set({ ready: true });
  },
  setWorkspace: (workspace) => set({ workspace, screen: 'overview' }),
  go: (screen) => set({ screen }),
  closeWorkspace: async () => {
    // Answers the refusal to the caller (a store, not a component): the transport directly.
    const result = await api().invoke('workspace.close', {});
    if (!result.ok) return result;
    set({ workspace: null, screen: 'overview' });
    return null;
  },
  packageFromOs: null,
  receivePackageFromOs: (path) =>
    set((state) => ({
      packageFromOs: path,
      screen: state.workspace?.role === 'reviewer' ? 'reviewer-open' : state.screen,
    })),
  clearPackageFromOs: () => set({ packageFromOs: null }),
}));
