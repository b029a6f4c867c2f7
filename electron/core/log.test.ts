import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { fileLog } from './log';
import { installProcessGuard } from './process-guard';

describe('the rotating log', () => {
  it('writes stacks, rotates before passing the size limit and keeps three files', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = fileLog(dir, { maxBytes: 2000, now: () => new Date('2026-01-02T03:04:05.000Z') });
    expect(log.file).toBe(path.join(dir, 'peerdesk.log'));
    log.error('first', new RangeError('first failure'));
    expect(readFileSync(log.file, 'utf8')).toMatch(
      /^2026-01-02T03:04:05\.000Z ERROR first\nRangeError: first failure\n\s+at /,
    );
    for (let index = 0; index < 60; index += 1) log.error(`entry ${index}`, new Error('x'.repeat(200)));
    expect(statSync(log.file).size).toBeLessThanOrEqual(2000);
    expect(existsSync(`${log.file}.1`)).toBe(true);
    expect(existsSync(`${log.file}.2`)).toBe(true);
    expect(existsSync(`${log.file}.3`)).toBe(false);
    expect(readFileSync(log.file, 'utf8')).toContain('entry 59');
  });

  it('the process guard logs unhandled rejections and uncaught exceptions', () => {
    const log = fileLog(tempDir());
    const remove = installProcessGuard(log);
    const listeners = {
      rejection: process.listeners('unhandledRejection').at(-1),
      exception: process.listeners('uncaughtException').at(-1),
    };
    remove();
    // Called directly: emitting on `process` would also reach the test runner's own handlers.
    listeners.rejection?.(new TypeError('The database connection is not open'), Promise.resolve());
    listeners.exception?.(new Error('thrown from a timer'), 'uncaughtException');
    const text = readFileSync(log.file, 'utf8');
    expect(text).toMatch(
      /unhandled promise rejection\nTypeError: The database connection is not open\n\s+at /,
    );
    expect(text).toMatch(/uncaught exception\nError: thrown from a timer\n\s+at /);
    expect(process.listeners('unhandledRejection')).not.toContain(listeners.rejection);
  });
});
