import { useRef, useState } from 'react';
import type { ChannelName, RequestOf, ResponseOf } from '../../../../shared/contract';
import type { Progress } from '../../../../shared/contract/progress';
import type { Action } from '../../../api/use-channel';

/**
 * A long call with a progress bar and a cancel button (auto-assigning, issuing packages) run through
 * `action`, which keeps its refusal: `progress` is set while it runs, `cancel` aborts it.
 */
export function useProgressRun(action: Action) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = useRef<AbortController | null>(null);
  async function run<C extends ChannelName>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C> | null> {
    const controller = new AbortController();
    running.current = controller;
    const outcome = await action.run(channel, request, {
      onProgress: setProgress,
      signal: controller.signal,
    });
    running.current = null;
    setProgress(null);
    return outcome;
  }
  return { progress, run, cancel: () => running.current?.abort() };
}
