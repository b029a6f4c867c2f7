import type { Progress } from './progress';
import type { Result } from '../result';

/**
 * What the sandboxed Electron preload exposes as `window.peerdesk`. It only forwards: channel names
 * and requests are validated in the main process by the same dispatcher as every other door.
 */
export interface PeerdeskBridge {
  invoke(channel: string, request: unknown, jobId: string, language: string): Promise<Result<unknown>>;
  cancel(jobId: string): void;
  onProgress(listener: (jobId: string, progress: Progress) => void): () => void;
  /** Assignment packages the operating system asked the app to open (double-click, "Open with"). */
  onOpenFile(listener: (path: string) => void): () => void;
}

export const ipcChannels = {
  invoke: 'peerdesk:invoke',
  cancel: 'peerdesk:cancel',
  progress: 'peerdesk:progress',
  openFile: 'peerdesk:open-file',
} as const;
