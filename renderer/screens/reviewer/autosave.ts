import type { Err, Result } from '../../../shared/result';

/**
 * Debounced autosave that never claims more than it knows. Every edit gets a number; "saved" is
 * only reported when the save the handler acknowledged carried the newest edit. Saves never
 * overlap: an edit made while one is in flight is sent after it. Every draft is sent: the handler
 * judges it field by field, so a field it cannot store never holds back the others.
 */
export type SaveStatus<T> =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; value: T }
  | { kind: 'failed'; error: Err };

export interface AutosaverOptions<D, T> {
  save: (draft: D) => Promise<Result<T>>;
  onStatus: (status: SaveStatus<T>) => void;
  /** Quiet time after the last edit before saving (typing is batched). */
  delayMs: number;
}

export class Autosaver<D, T> {
  private latest: D | null = null;
  private edit = 0;
  private savedEdit = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private lastResult: Result<T> | null = null;

  constructor(private readonly options: AutosaverOptions<D, T>) {}

  /** Records an edit and schedules its save. */
  change(draft: D): void {
    this.latest = draft;
    this.edit += 1;
    this.options.onStatus({ kind: 'pending' });
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  /** True when every edit so far has been acknowledged as saved. */
  get clean(): boolean {
    return this.savedEdit === this.edit;
  }

  /**
   * Saves now whatever is not saved yet and waits for it. Resolves with the last result, or null
   * when nothing was ever edited.
   */
  async flush(): Promise<Result<T> | null> {
    this.clearTimer();
    while (this.running) await this.running;
    if (this.clean) return this.lastResult;
    const draft = this.latest;
    if (draft === null) return null;
    const edit = this.edit;
    this.options.onStatus({ kind: 'saving' });
    let result: Result<T> | undefined;
    this.running = (async () => {
      result = await this.options.save(draft);
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (!result) return null;
    this.lastResult = result;
    if (!result.ok) {
      this.options.onStatus({ kind: 'failed', error: result });
      return result;
    }
    this.savedEdit = Math.max(this.savedEdit, edit);
    if (this.clean) this.options.onStatus({ kind: 'saved', value: result.value });
    else if (this.latest !== null) return this.flush();
    return result;
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
