import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../../electron/app';
import type { Dispatcher } from '../../../electron/core/registry';
import { startShell, type RunningShell } from '../../../electron/shell/server';
import { tempDir, testServices } from '../../temp';

/** Node's own fetch, held before a test puts the shell's in its place. */
const nodeFetch = globalThis.fetch;

export interface TestShell {
  shell: RunningShell;
  /** The real app behind the shell, unless the test put another dispatcher there. */
  dispatcher: Dispatcher;
  /** `fetch` as the page's relative URLs (`/api/invoke/…`) reach this shell. */
  fetch: typeof fetch;
}

/**
 * A browser shell on 127.0.0.1 over a real app with its data in a temp folder; `answer` may put a
 * different dispatcher in front of it (one that answers what the real one never would).
 */
export async function startTestShell(
  answer: (app: Dispatcher) => Dispatcher = (app) => app,
): Promise<TestShell> {
  const staticDir = tempDir('peerdesk-shell-');
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Peerdesk</title>');
  const dispatcher = answer(createApp(testServices(tempDir(), { door: 'browser' })));
  const shell = await startShell({ dispatcher, staticDir });
  const shellFetch: typeof fetch = (input, init) =>
    nodeFetch(input instanceof Request ? input : new URL(String(input), shell.url), init);
  return { shell, dispatcher, fetch: shellFetch };
}
