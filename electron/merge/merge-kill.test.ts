import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import {
  countRows,
  historyDigests,
  integrityCheck,
  loggedBundleDigests,
} from '../../test/support/db/merge-inspect';
import { Random } from '../../shared/random';
import { tempDir } from '../../test/temp';
import { sha256Hex } from '../crypto/hash';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace } from '../../test/support/merge/office';

/**
 * Merges run by the real CLI in a child process, killed with SIGKILL at random moments (after a
 * random number of bundles, plus a random delay that often lands inside a bundle's transaction).
 * After every kill the workspace must pass `PRAGMA integrity_check`, and every bundle must be
 * applied entirely (in the bundle log, all its review versions present) or not at all (none).
 */
const root = path.resolve(import.meta.dirname, '../..');
const BUNDLES = 24;
const REVIEWS = 250;

let file: string;
let inbox: string;
let dataDir: string;
const bundles: { digest: string; versions: string[] }[] = [];

beforeAll(async () => {
  const scenario = createScenario({
    seed: 'kill',
    reviewers: BUNDLES,
    applications: 1000,
    perReviewer: REVIEWS,
  });
  const office = await openOfficeWorkspace(scenario);
  office.dispatcher.session.close();
  file = office.file;
  dataDir = tempDir('peerdesk-kill-data-');
  inbox = path.join(office.dir, 'inbox');
  mkdirSync(inbox);
  for (const [index, reviewer] of scenario.reviewers.entries()) {
    // Every bundle carries versions no other bundle has, so each one's presence is attributable.
    const reviews = reviewer.applications.map((app, i) =>
      versioned(completeReview(scenario, reviewer.id, app, i + index), 1),
    );
    const bytes = await buildReviewBundle(scenario, reviewer, reviews);
    writeFileSync(path.join(inbox, `r${String(index).padStart(2, '0')}.pdrev`), bytes);
    bundles.push({ digest: sha256Hex(bytes), versions: reviews.map((review) => review.digest) });
  }
});

/** Runs `peerdesk merge` on the inbox; kills it after `killAfter` bundles (+ delay), or lets it finish. */
function runMerge(kill: { afterBundles: number; delayMs: number } | null): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/peerdesk.mjs', 'merge', '--workspace', file, inbox, '--lang', 'en'],
      {
        cwd: root,
        env: { ...process.env, PEERDESK_DATA_DIR: dataDir },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let killed = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (!kill || killed) return;
      const done = Math.max(0, ...[...chunk.matchAll(/(\d+)\/\d+/g)].map((match) => Number(match[1])));
      if (done >= kill.afterBundles) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

function expectAtomic(): number {
  const db = openDatabase(file, { create: false });
  try {
    expect(integrityCheck(db)).toBe('ok');
    const logged = loggedBundleDigests(db);
    const history = historyDigests(db);
    for (const bundle of bundles) {
      const present = bundle.versions.filter((digest) => history.has(digest)).length;
      expect(present === 0 || present === bundle.versions.length).toBe(true);
      expect(present === bundle.versions.length).toBe(logged.has(bundle.digest));
    }
    expect(countRows(db, 'audit_log', { action: 'merge.applied' })).toBe(logged.size);
    expect(countRows(db, 'reviews')).toBe(logged.size * REVIEWS);
    return logged.size;
  } finally {
    db.close();
  }
}

describe('merge killed at random moments', () => {
  it('leaves every bundle applied entirely or not at all, and the database intact', async () => {
    const random = new Random('merge-kill');
    let applied = 0;
    for (let attempt = 0; attempt < 6 && applied < BUNDLES; attempt += 1) {
      // Bundles already applied come back as no-ops first; kill somewhere among the new ones.
      const afterBundles = applied + 1 + random.int(Math.max(1, BUNDLES - applied - 2));
      const code = await runMerge({ afterBundles, delayMs: random.int(40) });
      const now = expectAtomic();
      expect(now).toBeGreaterThanOrEqual(applied);
      if (code !== null) expect(code).toBe(0);
      applied = now;
    }
    expect(await runMerge(null)).toBe(0);
    expect(expectAtomic()).toBe(BUNDLES);
  }, 300_000);
});
