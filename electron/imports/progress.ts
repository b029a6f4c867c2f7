import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../shared/errors';
import type { Progress } from '../../shared/contract/progress';

export interface Work {
  signal: AbortSignal;
  progress: (progress: Progress) => void;
}

/** How many rows or files between progress reports and cancel checks. */
const CHUNK = 100;

/**
 * Runs `step` over items, reporting progress and yielding to the event loop every CHUNK items so
 * that progress reaches the door and a cancel request can arrive. A cancel stops before anything
 * is written: callers only write after this returns.
 */
export async function eachWithProgress<T>(
  items: readonly T[],
  work: Work,
  label: string,
  step: (item: T, index: number) => void | Promise<void>,
): Promise<void> {
  work.progress({ done: 0, total: items.length, label });
  for (let index = 0; index < items.length; index += 1) {
    if (index % CHUNK === 0) {
      await nextTurn();
      throwIfCancelled(work.signal);
      if (index > 0) work.progress({ done: index, total: items.length, label });
    }
    await step(items[index] as T, index);
  }
  work.progress({ done: items.length, total: items.length, label });
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('errors.cancelled');
}
