/**
 * Panel tally benchmark: `npx tsx bench/panel.bench.ts`
 *
 * 300 shortlisted applications × 15 members (4,500 ballots, one conflicted member on every tenth
 * application) in a real office workspace file. Times `panelTally` as `panel.tally` and
 * `peerdesk panel tally` run it (read the panel, members, conflicts and ballots, then count), and
 * the pure count alone, best and median of several runs. The pure count of the same ballots,
 * already in memory, is the floor: the ratio says what reading the workspace adds to it.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { openDatabase } from '../db/connection';
import { listBallots, listMembers, panelConflicts, upsertBallot } from '../db/repositories/panel';
import { panelTally } from '../electron/panel/tally';
import { DEFAULT_PANEL_RULE, tallyPanel } from '../shared/domain/panel';
import { benchVote, PANEL_BENCH_AT, seedPanelBenchCall } from './support/panel/panel-call';
import { bestAndMedian, reportTimes } from './support/timing';

const APPLICATIONS = 300;
const MEMBERS = 15;
const RUNS = 7;

const db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'peerdesk-bench-')), 'office.sqlite'), {
  create: true,
});
const members = Array.from({ length: MEMBERS }, (_, j) => ({ id: `m-${j}`, name: `Member ${j}` }));
const { applications } = seedPanelBenchCall(db, APPLICATIONS, members);
db.transaction(() => {
  applications.forEach((application, i) => {
    members.forEach((member, j) => {
      upsertBallot(db, 'call', {
        applicationId: application.id,
        reviewerId: member.id,
        ...benchVote(i, j),
        comment: '',
        revision: 1,
        digest: `${i}-${j}`,
        source: 'bundle',
        enteredBy: null,
        receivedAt: PANEL_BENCH_AT,
      });
    });
  });
})();

/** Times RUNS runs of `work`, prints them and returns their median. */
function measure(label: string, work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  reportTimes(label, times);
  return bestAndMedian(times).median;
}

console.log(`${APPLICATIONS} shortlisted × ${MEMBERS} members, ${APPLICATIONS * MEMBERS} ballots`);
const tallyMedian = measure('panel.tally (workspace read + count)', () => panelTally(db, 'call', null));
const ballots = listBallots(db, 'call');
const conflicts = panelConflicts(db, 'call');
const memberIds = listMembers(db, 'call');
const shortlist = applications.map((a) => a.id);
const floor = measure('floor: count only (pure tallyPanel)', () =>
  tallyPanel({ rule: DEFAULT_PANEL_RULE, shortlist, members: memberIds, conflicts, ballots }),
);
console.log(`panel.tally median ratio to the floor: ${(tallyMedian / floor).toFixed(1)}×`);
db.close();
