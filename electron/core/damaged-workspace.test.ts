import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overwriteBytes, tableRootOffset, tryWriteMeta } from '../../test/support/db/storage-faults';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace } from '../../test/support/merge/office';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a damaged workspace', () => {
  it('refuses a merge (and other writes) with a pointer to the latest backup, leaving the file unchanged', async () => {
    const scenario = createScenario({ seed: 'damaged', reviewers: 16, applications: 40, perReviewer: 4 });
    const office = await openOfficeWorkspace(scenario);
    const backup = path.join(office.dir, 'backup-1.peerdesk.sqlite');
    const backedUp = await office.dispatcher.invoke('workspace.backup', { path: backup }, { language: 'en' });
    expect(backedUp.ok).toBe(true);
    const offset = tableRootOffset(office.db, 'applications');
    office.dispatcher.session.close();

    // Overwrite the b-tree page header of the applications table; the file header stays intact.
    overwriteBytes(office.file, offset, 16);
    const damaged = sha256(office.file);

    const bundles = [];
    for (const reviewer of scenario.reviewers) {
      const reviews = reviewer.applications.map((app, i) =>
        versioned(completeReview(scenario, reviewer.id, app, i), 1),
      );
      bundles.push({
        name: `${reviewer.id}.pdrev`,
        bytes: await buildReviewBundle(scenario, reviewer, reviews),
      });
    }
    const opened = await office.dispatcher.invoke(
      'workspace.open',
      { path: office.file },
      { language: 'en' },
    );
    expect(opened.ok).toBe(true);
    const merged = await office.dispatcher.invoke(
      'merge.importBundles',
      { files: bundles },
      { language: 'en' },
    );
    expect(merged).toMatchObject({ ok: false, code: 'errors.workspaceDamaged', params: { backup } });
    expect(!merged.ok && merged.message).toContain(backup);
    const zh = await office.dispatcher.invoke(
      'merge.importBundles',
      { files: bundles },
      { language: 'zh-CN' },
    );
    expect(!zh.ok && zh.message).toContain('已损坏');
    const backupAgain = await office.dispatcher.invoke(
      'workspace.backup',
      { path: path.join(office.dir, 'backup-2.peerdesk.sqlite') },
      { language: 'en' },
    );
    expect(backupAgain).toMatchObject({ ok: false, code: 'errors.workspaceDamaged' });
    // Writes that do not check first still cannot change the file: the connection is query_only.
    expect(() => tryWriteMeta(office.dispatcher.session.require().db)).toThrow(/readonly/);
    office.dispatcher.session.close();
    expect(sha256(office.file)).toBe(damaged);
  });
});
