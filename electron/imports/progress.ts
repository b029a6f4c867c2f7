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
  await eachOfWithProgress(items, items.length, work, label, step);
}

/** As {@link eachWithProgress}, over items produced as they are needed, `total` of them. */
export async function eachOfWithProgress<T>(
  items: Iterable<T>,
  total: number,
  work: Work,
  label: string,
  step: (item: T, index: number) => void | Promise<void>,
): Promise<void> {
  work.progress({ done: 0, total, label });
  let index = 0;
  for (const item of items) {
    if (index % CHUNK === 0) {
      await nextTurn();
      throwIfCancelled(work.signal);
      if (index > 0) work.progress({ done: index, total, label });
    }
    await step(item, index);
    index += 1;
  }
  work.progress({ done: total, total, label });
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('errors.cancelled');
}
