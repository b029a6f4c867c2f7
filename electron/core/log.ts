import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where unexpected failures are written, with their stacks, for a support request. */
export interface AppLog {
  /** The current log file (shown to the user in errors.internal and in About). */
  readonly file: string;
  error(context: string, error: unknown): void;
}

export interface FileLogOptions {
  /** The file is rotated once it would grow past this. */
  maxBytes?: number;
  /** Files kept: peerdesk.log plus peerdesk.log.1 … peerdesk.log.(keep-1). */
  keep?: number;
  now?: () => Date;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_KEEP = 3;

/** The log folder inside a data directory. */
export function logDir(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

/**
 * A rotating log file, `<dir>/peerdesk.log`. Writes are synchronous: they happen only on failures,
 * and a process guard logging an uncaught exception must not lose the line. A log that cannot be
 * written is given up silently — logging must never become the failure.
 */
export function fileLog(dir: string, options: FileLogOptions = {}): AppLog {
  const file = path.join(dir, 'peerdesk.log');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_KEEP;
  const now = options.now ?? (() => new Date());

  function rotateIfFull(incoming: number): void {
    if (!existsSync(file) || statSync(file).size + incoming <= maxBytes) return;
    const numbered = (index: number) => (index === 0 ? file : `${file}.${index}`);
    rmSync(numbered(keep - 1), { force: true });
    for (let index = keep - 2; index >= 0; index -= 1) {
      if (existsSync(numbered(index))) renameSync(numbered(index), numbered(index + 1));
    }
  }

  return {
    file,
    error(context, error) {
      const detail =
        error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
      const entry = `${now().toISOString()} ERROR ${context}\n${detail}\n\n`;
      try {
        mkdirSync(dir, { recursive: true });
        rotateIfFull(Buffer.byteLength(entry));
        appendFileSync(file, entry);
      } catch {
        // Nowhere left to report to; the caller still returns its translated error.
      }
    },
  };
}
