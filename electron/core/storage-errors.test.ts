import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { storageRefusal } from '../../db/sqlite-errors';
import { capAtCurrentSize, holdWriteLock, readOnlyWriteError } from '../../test/support/db/storage-faults';
import { workspaceDigest } from '../../test/support/db/workspace-digest';
import type { MergeRunResult } from '../../shared/contract/merge';
import { tempDir } from '../../test/temp';
import { EXIT_REFUSED, main } from '../cli/main';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../test/support/merge/office';

async function officeWithBundle(seed: string, busyTimeoutMs?: number) {
  const scenario = createScenario({ seed, reviewers: 2, applications: 60, perReviewer: 40 });
  const office = await openOfficeWorkspace(scenario, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  const reviewer = scenario.reviewers[0]!;
  const reviews = reviewer.applications.map((app, i) =>
    versioned(completeReview(scenario, reviewer.id, app, i), 1),
  );
  const bytes = await buildReviewBundle(scenario, reviewer, reviews);
  return { office, files: [{ name: 'r.pdrev', bytes }] };
}

async function mergeRefusal(office: OfficeWorkspace, files: { name: string; bytes: Uint8Array }[]) {
  const before = workspaceDigest(office.db);
  const en = await office.dispatcher.invoke('merge.importBundles', { files }, { language: 'en' });
  const zh = await office.dispatcher.invoke('merge.importBundles', { files }, { language: 'zh-CN' });
  expect(workspaceDigest(office.db)).toBe(before);
  return { en, zh };
}

describe('storage failures become clear translated refusals with nothing written', () => {
  it('maps a real SQLITE_READONLY from a read-only connection', () => {
    expect(storageRefusal(readOnlyWriteError(`${tempDir()}/plain.sqlite`))?.code).toBe(
      'errors.workspaceReadOnly',
    );
    expect(storageRefusal(new TypeError('not storage'))).toBeUndefined();
  });

  it('a workspace that cannot be written: errors.workspaceReadOnly', async () => {
    const { office, files } = await officeWithBundle('storage-readonly');
    office.db.pragma('query_only = ON');
    const { en, zh } = await mergeRefusal(office, files);
    expect(en).toMatchObject({
      ok: false,
      code: 'errors.workspaceReadOnly',
      message: expect.stringContaining('read-only'),
    });
    expect(zh).toMatchObject({ ok: false, message: expect.stringContaining('只读') });
    office.dispatcher.session.close();
  });

  it('a full disk (SQLITE_FULL via max_page_count): errors.diskFull', async () => {
    const { office, files } = await officeWithBundle('storage-full');
    const uncap = capAtCurrentSize(office.db);
    const { en } = await mergeRefusal(office, files);
    expect(en).toMatchObject({
      ok: false,
      code: 'errors.diskFull',
      message: expect.stringContaining('disk is full'),
    });
    uncap();
    const retried = await office.dispatcher.invoke('merge.importBundles', { files }, { language: 'en' });
    expect(retried.ok && (retried.value as MergeRunResult).reports[0]?.status).toBe('applied');
    office.dispatcher.session.close();
  });

  it('a workspace locked by another connection (BEGIN EXCLUSIVE): errors.workspaceLocked', async () => {
    const { office, files } = await officeWithBundle('storage-locked', 50);
    const release = holdWriteLock(office.file);
    try {
      const { en } = await mergeRefusal(office, files);
      expect(en).toMatchObject({
        ok: false,
        code: 'errors.workspaceLocked',
        message: expect.stringContaining('Another program'),
      });
    } finally {
      release();
    }
    office.dispatcher.session.close();
  });

  it('peerdesk serve on a port already in use: a translated message and exit code 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const previous = process.env.PEERDESK_DATA_DIR;
    process.env.PEERDESK_DATA_DIR = tempDir();
    try {
      for (const [language, text] of [
        ['en', 'already in use'],
        ['zh-CN', '已被其他程序占用'],
      ] as const) {
        let err = '';
        const code = await main(['serve', '--port', String(port), '--lang', language], {
          out: () => undefined,
          err: (chunk) => (err += chunk),
        });
        expect(code).toBe(EXIT_REFUSED);
        expect(err).toContain(String(port));
        expect(err).toContain(text);
      }
    } finally {
      if (previous === undefined) delete process.env.PEERDESK_DATA_DIR;
      else process.env.PEERDESK_DATA_DIR = previous;
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
