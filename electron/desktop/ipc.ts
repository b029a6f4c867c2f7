import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../shared/contract/bridge';
import { languages } from '../../shared/i18n/catalogs';
import type { Dispatcher } from '../core/registry';
import { isTrustedSender } from '../security/policy';

/** Wires the dispatcher to IPC. Untrusted senders get nothing; arguments are validated by the dispatcher. */
export function wireIpc(dispatcher: Dispatcher): void {
  const jobs = new Map<string, AbortController>();

  ipcMain.handle(ipcChannels.invoke, async (event: IpcMainInvokeEvent, envelope: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
      return { ok: false, code: 'errors.untrustedSender', message: 'untrusted sender' };
    }
    const { channel, request, jobId, language } = (envelope ?? {}) as Record<string, unknown>;
    const id = typeof jobId === 'string' ? jobId : '';
    const controller = new AbortController();
    jobs.set(id, controller);
    try {
      return await dispatcher.invokeRaw(String(channel), request, {
        language: languages.find((lang) => lang === language) ?? 'en',
        signal: controller.signal,
        onProgress: (progress) => event.sender.send(ipcChannels.progress, id, progress),
      });
    } finally {
      jobs.delete(id);
    }
  });

  ipcMain.on(ipcChannels.cancel, (event, jobId: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) return;
    if (typeof jobId === 'string') jobs.get(jobId)?.abort();
  });
}
