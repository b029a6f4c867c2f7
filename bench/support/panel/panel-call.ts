import type { Db } from '../../../db/connection';
import {
  replaceMembers,
  replacePanelConflicts,
  replaceShortlist,
  upsertPanel,
} from '../../../db/repositories/panel';
import { DEFAULT_PANEL_RULE, type PanelVote } from '../../../shared/domain/panel';
import { fixtureRubric, seedResultsFixture } from '../../../test/support/db/results-fixture';

/** When every ballot of the panel benchmarks is cast. */
export const PANEL_BENCH_AT = '2026-12-01T08:00:00.000Z';

export interface PanelBenchCall {
  applications: { id: string; referenceNo: string; title: string }[];
  /** Member `m-0` is conflicted on these (every tenth application). */
  conflicted: Set<string>;
}

/**
 * The call `call` (code BENCH) of the panel benchmarks in `db`: `applications` applications, all
 * shortlisted, and a panel of `members` (ids `m-0`, `m-1`, …, named as given).
 */
export function seedPanelBenchCall(
  db: Db,
  applicationCount: number,
  members: { id: string; name: string }[],
): PanelBenchCall {
  const applications = Array.from({ length: applicationCount }, (_, i) => ({
    id: `app-${i}`,
    referenceNo: `P-${String(i).padStart(4, '0')}`,
    title: `Application ${i}`,
    piName: `PI ${i}`,
    institution: `Institution ${i % 40}`,
    requested: 1_000_000,
  }));
  seedResultsFixture(db, {
    call: {
      id: 'call',
      code: 'BENCH',
      titleZh: '基准',
      titleEn: 'Bench',
      category: 'general',
      envelope: null,
    },
    rubric: fixtureRubric(),
    applications,
    reviewers: members.map(({ id, name }) => ({ id, name })),
    reviews: [],
  });
  const conflicted = new Set(applications.filter((_, i) => i % 10 === 0).map((a) => a.id));
  db.transaction(() => {
    upsertPanel(
      db,
      { callId: 'call', minMembers: 9, rule: DEFAULT_PANEL_RULE, requiresRecommendation: false },
      PANEL_BENCH_AT,
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
      [...conflicted].map((applicationId) => ({ applicationId, reviewerId: 'm-0' })),
    );
  })();
  return { applications, conflicted };
}

const VOTES: PanelVote[] = ['for', 'for', 'against', 'abstain', 'for'];

/** Member `j`'s vote and final score on application `i`: a fixed mix of every vote. */
export function benchVote(i: number, j: number): { vote: PanelVote; finalScore: number } {
  return { vote: VOTES[(i + j) % VOTES.length] ?? 'for', finalScore: 1 + ((i * 7 + j) % 5) };
}
