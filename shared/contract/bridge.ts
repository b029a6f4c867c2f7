import type { ChannelName, RequestOf, ResponseOf } from './index';
import type { Progress } from './progress';
import type { Result } from '../result';

/**
 * What the sandboxed Electron preload exposes as `window.peerdesk`. It only forwards: channel names
 * and requests are validated in the main process by the same dispatcher as every other door, and
 * what it answers is that dispatcher's result, checked against the channel's response schema there.
 * That is why the answer is typed by the channel here, on the renderer's side of the bridge.
 */
export interface PeerdeskBridge {
  invoke<C extends ChannelName>(
    channel: C,
    request: RequestOf<C>,
    jobId: string,
    language: string,
  ): Promise<Result<ResponseOf<C>>>;
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
