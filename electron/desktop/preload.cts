// Sandboxed preload (CommonJS, as sandboxed preloads must be). It forwards calls only: the main
// process validates every channel, sender and argument.
// A sandboxed preload can require only 'electron', so scripts/build-electron.mjs bundles this file
// with its relative imports inlined: `ipcChannels` is the same constant the main process listens on.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels as channels, type PeerdeskBridge } from '../../shared/contract/bridge';
import type { Progress } from '../../shared/contract/progress';

const bridge = {
  invoke: (channel: string, request: unknown, jobId: string, language: string) =>
    ipcRenderer.invoke(channels.invoke, { channel, request, jobId, language }),
  cancel: (jobId: string) => ipcRenderer.send(channels.cancel, jobId),
  onProgress: (listener: (jobId: string, progress: Progress) => void) => {
    const wrapped = (_event: IpcRendererEvent, jobId: string, progress: Progress) =>
      listener(jobId, progress);
    ipcRenderer.on(channels.progress, wrapped);
    return () => {
      ipcRenderer.removeListener(channels.progress, wrapped);
    };
  },
  onOpenFile: (listener: (path: string) => void) => {
    const wrapped = (_event: IpcRendererEvent, path: string) => listener(path);
    ipcRenderer.on(channels.openFile, wrapped);
    return () => {
      ipcRenderer.removeListener(channels.openFile, wrapped);
    };
  },
} satisfies PeerdeskBridge;

contextBridge.exposeInMainWorld('peerdesk', bridge);
