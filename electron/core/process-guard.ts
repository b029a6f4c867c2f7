import type { AppLog } from './log';

/**
 * Keeps a serving process (the browser shell, Electron's main process) alive after a failure no
 * request owns: an unhandled promise rejection or an uncaught exception is logged with its stack
 * and the process goes on answering. Returns a function that removes the guard.
 */
export function installProcessGuard(log: AppLog): () => void {
  const onRejection = (reason: unknown) => log.error('unhandled promise rejection', reason);
  const onException = (error: Error) => log.error('uncaught exception', error);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
