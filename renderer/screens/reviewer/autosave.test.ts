import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/result';
import { Autosaver, type SaveStatus } from './autosave';

interface Pending {
  draft: string;
  resolve: (result: Result<string>) => void;
}

/** A save whose answers the test gives by hand, to order them against edits. */
function harness() {
  const calls: Pending[] = [];
  const statuses: SaveStatus<string>[] = [];
  const saver = new Autosaver<string, string>({
    delayMs: 500,
    save: (draft) => new Promise((resolve) => calls.push({ draft, resolve })),
    onStatus: (status) => statuses.push(status),
  });
  const kinds = () => statuses.map((status) => status.kind);
  return { saver, calls, statuses, kinds };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('batches typing into one save of the latest draft and says saved only after the answer', async () => {
    const { saver, calls, kinds, statuses } = harness();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('ab');
    saver.change('abc');
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.draft)).toEqual(['abc']);
    expect(kinds().at(-1)).toBe('saving');
    expect(saver.clean).toBe(false);
    calls[0]?.resolve({ ok: true, value: 'rev-abc' });
    await vi.runAllTimersAsync();
    expect(statuses.at(-1)).toEqual({ kind: 'saved', value: 'rev-abc' });
    expect(saver.clean).toBe(true);
  });

  it('never reports saved while an edit made during a save is still unsent', async () => {
    const { saver, calls, kinds } = harness();
    saver.change('one');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('two');
    calls[0]?.resolve({ ok: true, value: 'rev-one' });
    await vi.advanceTimersByTimeAsync(0);
    expect(kinds()).not.toContain('saved');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((call) => call.draft)).toEqual(['one', 'two']);
    expect(kinds()).not.toContain('saved');
    calls[1]?.resolve({ ok: true, value: 'rev-two' });
    await vi.runAllTimersAsync();
    expect(kinds().filter((kind) => kind === 'saved')).toHaveLength(1);
    expect(saver.clean).toBe(true);
  });

  it('reports a refused save and tries again on the next edit; flush waits for the answer', async () => {
    const { saver, calls, statuses } = harness();
    saver.change('x');
    const flushed = saver.flush();
    calls[0]?.resolve({ ok: false, code: 'errors.transport', message: 'down' });
    await expect(flushed).resolves.toMatchObject({ ok: false, code: 'errors.transport' });
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'errors.transport' } });
    expect(saver.clean).toBe(false);
    saver.change('y');
    const again = saver.flush();
    calls[1]?.resolve({ ok: true, value: 'rev-y' });
    await expect(again).resolves.toEqual({ ok: true, value: 'rev-y' });
    expect(saver.clean).toBe(true);
  });
});
