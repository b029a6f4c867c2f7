/**
 * Panel tally benchmark: `npx tsx bench/panel.bench.ts`
 *
 * 300 shortlisted applications × 15 members (4,500 ballots, one conflicted member on every tenth
 * application) in a real office workspace file. Times `panelTally` as `panel.tally` and
 * `peerdesk panel tally` run it (read the panel, members, conflicts and ballots, then count), and
 * the pure count alone, best and median of several runs.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { openDatabase } from '../db/connection';
import {
  listBallots,
  listMembers,
  panelConflicts,
  replaceMembers,
  replacePanelConflicts,
  replaceShortlist,
  upsertBallot,
  upsertPanel,
} from '../db/repositories/panel';
import { fixtureRubric, seedResultsFixture } from '../test/support/db/results-fixture';
import { panelTally } from '../electron/panel/tally';
import { DEFAULT_PANEL_RULE, tallyPanel, type PanelVote } from '../shared/domain/panel';

const APPLICATIONS = 300;
const MEMBERS = 15;
const RUNS = 7;

const db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'peerdesk-bench-')), 'office.sqlite'), {
  create: true,
});
const applications = Array.from({ length: APPLICATIONS }, (_, i) => ({
  id: `app-${i}`,
  referenceNo: `P-${String(i).padStart(4, '0')}`,
  title: `Application ${i}`,
  piName: `PI ${i}`,
  institution: `Institution ${i % 40}`,
  requested: 1_000_000,
}));
const members = Array.from({ length: MEMBERS }, (_, j) => ({ id: `m-${j}`, name: `Member ${j}` }));
seedResultsFixture(db, {
  call: { id: 'call', code: 'BENCH', titleZh: '基准', titleEn: 'Bench', category: 'general', envelope: null },
  rubric: fixtureRubric(),
  applications,
  reviewers: members,
  reviews: [],
});
const at = '2026-12-01T08:00:00.000Z';
const votes: PanelVote[] = ['for', 'for', 'against', 'abstain', 'for'];
db.transaction(() => {
  upsertPanel(
    db,
    { callId: 'call', minMembers: 9, rule: DEFAULT_PANEL_RULE, requiresRecommendation: false },
    at,
  );
  replaceShortlist(
    db,
    'call',
    applications.map((a) => ({ applicationId: a.id, source: 'top-n', reason: '', removedReason: null })),
  );
  replaceMembers(
    db,
    'call',
    members.map((m) => m.id),
  );
  replacePanelConflicts(
    db,
    'call',
    applications.filter((_, i) => i % 10 === 0).map((a) => ({ applicationId: a.id, reviewerId: 'm-0' })),
  );
  applications.forEach((application, i) => {
    members.forEach((member, j) => {
      upsertBallot(db, 'call', {
        applicationId: application.id,
        reviewerId: member.id,
        vote: votes[(i + j) % votes.length] ?? 'for',
        finalScore: 1 + ((i * 7 + j) % 5),
        comment: '',
        revision: 1,
        digest: `${i}-${j}`,
        source: 'bundle',
        enteredBy: null,
        receivedAt: at,
      });
    });
  });
})();

function measure(label: string, work: () => unknown): void {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${label}: best ${(times[0] ?? 0).toFixed(1)} ms, median ${median.toFixed(1)} ms`);
}

console.log(`${APPLICATIONS} shortlisted × ${MEMBERS} members, ${APPLICATIONS * MEMBERS} ballots`);
measure('panel.tally (workspace read + count)', () => panelTally(db, 'call', null));
const ballots = listBallots(db, 'call');
const conflicts = panelConflicts(db, 'call');
const memberIds = listMembers(db, 'call');
const shortlist = applications.map((a) => a.id);
measure('count only (pure tallyPanel)', () =>
  tallyPanel({ rule: DEFAULT_PANEL_RULE, shortlist, members: memberIds, conflicts, ballots }),
);
db.close();
