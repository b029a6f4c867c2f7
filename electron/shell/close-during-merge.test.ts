import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceDigest } from '../../test/support/db/workspace-digest';
import { toWire } from '../../shared/contract/wire';
import type { Result } from '../../shared/result';
import { tempDir } from '../../test/temp';
import type { Dispatcher } from '../core/registry';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace } from '../../test/support/merge/office';
import { startShell, type RunningShell } from './server';

/** POSTs one API call to the running shell and returns its final NDJSON line's result. */
function invokeOverHttp(shell: RunningShell, channel: string, request: unknown): Promise<Result<unknown>> {
  const body = JSON.stringify({ request: toWire(request), language: 'en' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: shell.port,
        method: 'POST',
        path: `/api/invoke/${channel}`,
        headers: { host: `127.0.0.1:${shell.port}`, 'x-peerdesk-token': shell.token },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const last = text.trim().split('\n').at(-1) ?? '';
          resolve((JSON.parse(last) as { result: Result<unknown> }).result);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The shell's dispatcher, except that the first merge progress report with `done === closeAt`
 * closes the workspace through the same dispatcher — synchronously, from inside the merge, so the
 * close lands at the same point of the run every time.
 */
function closingDispatcher(dispatcher: Dispatcher, closeAt: number) {
  let closing: Promise<Result<unknown>> | undefined;
  const wrapped: Dispatcher = {
    session: dispatcher.session,
    services: dispatcher.services,
    invoke: dispatcher.invoke,
    invokeRawRequest: dispatcher.invokeRawRequest,
    invokeRaw: (channel, request, extras) =>
      dispatcher.invokeRaw(channel, request, {
        ...extras,
        onProgress: (progress) => {
          extras.onProgress?.(progress);
          if (channel === 'merge.importBundles' && progress.done === closeAt && !closing)
            closing = dispatcher.invoke('workspace.close', {}, { language: 'en' });
        },
      }),
  };
  return { wrapped, closed: () => closing };
}

async function mergeAndClose(closeAt: number) {
  const scenario = createScenario({
    seed: `close-mid-merge-${closeAt}`,
    reviewers: 5,
    applications: 10,
    perReviewer: 3,
  });
  const office = await openOfficeWorkspace(scenario);
  const files = [];
  for (const [index, reviewer] of scenario.reviewers.entries()) {
    const reviews = reviewer.applications.map((app, i) =>
      versioned(completeReview(scenario, reviewer.id, app, i), 1),
    );
    files.push({ name: `r${index}.pdrev`, bytes: await buildReviewBundle(scenario, reviewer, reviews) });
  }
  const before = workspaceDigest(office.db);
  const staticDir = tempDir();
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Peerdesk</title>');
  mkdirSync(path.join(staticDir, 'assets'));
  const { wrapped, closed } = closingDispatcher(office.dispatcher, closeAt);
  const shell = await startShell({ dispatcher: wrapped, staticDir });
  try {
    const merged = await invokeOverHttp(shell, 'merge.importBundles', { files });
    const closedResult = await closed();
    const next = await invokeOverHttp(shell, 'app.info', {});
    const reopened = await invokeOverHttp(shell, 'workspace.open', { path: office.file });
    const after = workspaceDigest(office.dispatcher.session.require('office').db);
    office.dispatcher.session.close();
    return { merged, closedResult, next, reopened, before, after };
  } finally {
    await shell.close();
  }
}

describe('closing the workspace during a merge (through the browser shell)', () => {
  it('before the first bundle is applied: the merge is cancelled, the shell keeps serving, nothing changed', async () => {
    const run = await mergeAndClose(0);
    expect(run.closedResult).toEqual({ ok: true, value: { closed: true } });
    expect(run.merged).toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(run.next).toMatchObject({ ok: true, value: { workspace: null } });
    expect(run.reopened).toMatchObject({ ok: true });
    expect(run.after).toBe(run.before);
  });

  it('inside the transaction of the first batch: the batch rolls back, nothing is partly applied', async () => {
    const run = await mergeAndClose(1);
    expect(run.closedResult).toEqual({ ok: true, value: { closed: true } });
    expect(run.merged).toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(run.next).toMatchObject({ ok: true, value: { workspace: null } });
    expect(run.reopened).toMatchObject({ ok: true });
    expect(run.after).toBe(run.before);
  });
});
