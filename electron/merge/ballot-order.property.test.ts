import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { createMergeStore } from '../../db/repositories/merge';
import { listBallots, panelConflicts, replacePanelConflicts } from '../../db/repositories/panel';
import { rolledBack } from '../../test/support/db/merge-inspect';
import type { PanelTally } from '../../shared/contract/panel';
import { AppError } from '../../shared/errors';
import { DEMO_CALL_ID, panelOffice } from '../../test/support/panel/panel-office';
import { enterPaperBallot } from '../panel/ballots';
import { panelTally } from '../panel/tally';
import { reviewerTestApp } from '../../test/support/reviewer/app';
import { checkAndApplyBallots } from './apply-ballots';
import { loadVerifySnapshot } from './snapshot';
import { verifyBallotBundle, type VerifiedBallotBundle } from './verify-ballots';

/**
 * Ballot merge is order-free and idempotent: real ballot bundles (signed, encrypted, verified once)
 * from four members, each exported twice with revised votes in between, merged in 1,000 random
 * orders with repeats, always give the same ballots and the same tally. Each run starts from the
 * same workspace (a transaction rolled back afterwards) that holds one paper ballot.
 */

let db: Db;
const bundles: { name: string; bundle: VerifiedBallotBundle }[] = [];
const NOW = '2026-12-01T08:00:00.000Z';

/** What the ballots say, whatever arrived when: the state merge must reach in any order. */
function state(): { tally: PanelTally; ballots: unknown[] } {
  const ballots = listBallots(db, DEMO_CALL_ID)
    .map(({ receivedAt: _receivedAt, ...ballot }) => ballot)
    .sort((a, b) => `${a.applicationId}:${a.reviewerId}`.localeCompare(`${b.applicationId}:${b.reviewerId}`));
  return { tally: panelTally(db, DEMO_CALL_ID, null), ballots };
}

function apply(index: number): void {
  const entry = bundles[index];
  if (!entry) throw new Error(`no bundle ${index}`);
  const store = createMergeStore(db);
  checkAndApplyBallots(db, store, entry.bundle, { fileName: entry.name, now: NOW });
}

beforeAll(async () => {
  const { office, dir } = await panelOffice(5);
  const issued = await office.ok('panel.packages.issue', {
    callId: DEMO_CALL_ID,
    outDir: path.join(dir, 'panel'),
  });
  const files: string[] = [];
  for (const pkg of issued.packages.filter((p) => p.reviewerId !== 'member-5')) {
    const member = reviewerTestApp({ seed: pkg.reviewerId });
    await member.ok('reviewer.panel.open', { source: { path: pkg.path }, passphrase: pkg.passphrase });
    const shortlist = (await member.ok('reviewer.panel.list', {})).calls[0]?.applications ?? [];
    const votes = ['for', 'against', 'abstain'] as const;
    for (const round of [0, 1]) {
      for (const [i, application] of shortlist.entries()) {
        // The second round changes every other ballot: a revision 2 beside unchanged revision 1s.
        if (round === 1 && i % 2 === 0) continue;
        await member.ok('reviewer.panel.ballot.save', {
          callId: DEMO_CALL_ID,
          applicationId: application.applicationId,
          vote: votes[(i + round + pkg.reviewerId.length) % 3] ?? 'for',
          finalScore: round === 0 ? 3 + (i % 3) * 0.5 : null,
          comment: `第 ${round + 1} 轮`,
        });
      }
      const exported = await member.ok('reviewer.panel.export', { callId: DEMO_CALL_ID, path: dir });
      files.push(exported.path ?? '');
    }
  }
  db = office.dispatcher.session.require('office').db;
  // member-5 voted on paper: marked as such, and no bundle touches it.
  enterPaperBallot(
    db,
    DEMO_CALL_ID,
    { applicationId: 'app-02', reviewerId: 'member-5', vote: 'for', finalScore: 4, comment: '纸质选票' },
    NOW,
  );
  const snapshot = loadVerifySnapshot(db, {});
  for (const file of files) {
    bundles.push({
      name: path.basename(file),
      bundle: await verifyBallotBundle(readFileSync(file), snapshot),
    });
  }
}, 120_000);

describe('ballot merge', () => {
  it('gives the same ballots and tally in any order, and a repeat changes nothing', () => {
    expect(bundles).toHaveLength(8);
    const reference = rolledBack(db, () => {
      bundles.forEach((_bundle, index) => apply(index));
      return state();
    });
    // The newer export of each member won where they changed their vote; the paper ballot stayed paper.
    expect(
      reference.ballots.filter((b) => (b as { revision: number }).revision === 2).length,
    ).toBeGreaterThan(0);
    expect(reference.ballots).toContainEqual(
      expect.objectContaining({ applicationId: 'app-02', reviewerId: 'member-5', source: 'paper' }),
    );
    expect(reference.tally.applications.some((row) => row.present > 0)).toBe(true);

    const indices = bundles.map((_bundle, index) => index);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(indices, { minLength: indices.length }),
        fc.array(fc.nat({ max: indices.length - 1 }), { maxLength: 8 }),
        fc.array(fc.nat({ max: indices.length * 2 }), { maxLength: 8 }),
        (order, repeats, positions) => {
          // Every bundle at least once, repeats of any of them anywhere in the sequence.
          const sequence = [...order];
          repeats.forEach((repeat, i) =>
            sequence.splice((positions[i] ?? 0) % (sequence.length + 1), 0, repeat),
          );
          const reached = rolledBack(db, () => {
            sequence.forEach(apply);
            return state();
          });
          expect(reached).toEqual(reference);
        },
      ),
      { numRuns: 1000, seed: 20261207 },
    );
  });

  it('refuses a conflicted member’s bundle whole, in any order', () => {
    rolledBack(db, () => {
      const pairs = [...panelConflicts(db, DEMO_CALL_ID)].map((pair) => {
        const [applicationId = '', reviewerId = ''] = pair.split(':');
        return { applicationId, reviewerId };
      });
      replacePanelConflicts(db, DEMO_CALL_ID, [
        ...pairs,
        { applicationId: 'app-02', reviewerId: 'member-1' },
      ]);
      const memberOne = bundles.filter((entry) => entry.bundle.reviewerId === 'member-1');
      expect(memberOne.length).toBe(2);
      for (const entry of memberOne) {
        expect(() =>
          checkAndApplyBallots(db, createMergeStore(db), entry.bundle, { fileName: entry.name, now: NOW }),
        ).toThrow(AppError);
      }
      expect(listBallots(db, DEMO_CALL_ID).filter((ballot) => ballot.reviewerId === 'member-1')).toEqual([]);
    });
  });
});
