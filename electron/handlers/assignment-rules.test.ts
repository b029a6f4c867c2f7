import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { insertAssignmentFixture } from '../../test/support/db/assignment-fixture';
import { DEMO_CALL_ID, demoFixture } from '../../test/support/db/results-demo';
import { seedResultsFixture } from '../../test/support/db/results-fixture';
import { reviewerInputSchema } from '../../shared/domain/reviewer';
import { jieqingRubric } from '../../shared/rubric-templates/jieqing';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Dispatcher } from '../core/registry';
import { expectOk as call } from '../../test/support/dispatch';

const en = { language: 'en' as const };

/**
 * An office workspace holding the demo call (merged reviews of 5 reviewers, 2026), whose
 * reviewers may take up to 60 reviews in all so only the rules under test hold them back.
 */
async function demoOffice(): Promise<{ dispatcher: Dispatcher; db: Db }> {
  const dispatcher = createApp(testServices(tempDir()));
  await call(dispatcher, 'workspace.create', {
    name: 'Office',
    role: 'office',
    path: path.join(dispatcher.services.dataDir, 'office.sqlite'),
  });
  const { db } = dispatcher.session.require('office');
  seedResultsFixture(db, demoFixture());
  for (const reviewer of await call(dispatcher, 'reviewers.list', {})) {
    await call(dispatcher, 'reviewers.update', {
      reviewerId: reviewer.id,
      reviewer: reviewerInputSchema.parse({ ...reviewer, maxLoad: 60 }),
    });
  }
  return { dispatcher, db };
}

/** A draft call of `size` applications wanting `k` reviewers each, due on `reviewDueAt`. */
function addCall(db: Db, code: string, size: number, k: number, reviewDueAt: string): void {
  insertAssignmentFixture(db, {
    call: { id: `call-${code}`, code, reviewersPerApplication: k, reviewDueAt, rubric: jieqingRubric() },
    applications: Array.from({ length: size }, (_, i) => ({
      id: `${code}-app-${i}`,
      referenceNo: `${code}-${String(i).padStart(3, '0')}`,
      keywords: ['生态修复', '遥感'],
    })),
    reviewers: [],
  });
}

/** Active assignments per reviewer in the given calls, read through the assignment matrix. */
async function reviewsIn(dispatcher: Dispatcher, codes: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const code of codes) {
    const matrix = await call(dispatcher, 'assignments.matrix', { callId: code });
    for (const cell of matrix.assignments) {
      if (cell.status === 'assigned') counts.set(cell.reviewerId, (counts.get(cell.reviewerId) ?? 0) + 1);
    }
  }
  return counts;
}

describe('auto-assignment with the reviewer record rules', () => {
  it('with a yearly cap of 10, no reviewer holds more than 10 reviews in the calendar year across calls', async () => {
    const { dispatcher, db } = await demoOffice();
    addCall(db, 'QD-A', 10, 3, '2027-03-31T00:00:00.000Z');
    addCall(db, 'QD-B', 10, 3, '2027-09-30T00:00:00.000Z');
    addCall(db, 'QD-C', 5, 3, '2028-03-31T00:00:00.000Z');
    const demoLoad = await reviewsIn(dispatcher, [DEMO_CALL_ID]);

    const first = await call(dispatcher, 'assignments.auto', { callId: 'QD-A', yearCap: 10 });
    // The demo's 2026 reviews do not count against 2027: every slot of QD-A is filled.
    expect(first.uncovered).toEqual([]);
    expect(Math.max(...demoLoad.values()) + first.load.max).toBeGreaterThan(10);
    const second = await call(dispatcher, 'assignments.auto', { callId: 'QD-B', yearCap: 10 });
    const in2027 = await reviewsIn(dispatcher, ['QD-A', 'QD-B']);
    expect(in2027.size).toBe(5);
    expect(Math.max(...in2027.values())).toBeLessThanOrEqual(10);
    // 5 reviewers × 10 = 50 of the 60 slots of 2027: the cap is what leaves QD-B short.
    expect([...in2027.values()].reduce((sum, n) => sum + n, 0)).toBe(50);
    expect(second.uncovered.length).toBeGreaterThan(0);
    expect(second.uncovered.every((row) => row.reason === 'capacity')).toBe(true);

    // A new year starts again from 0.
    const third = await call(dispatcher, 'assignments.auto', { callId: 'QD-C', yearCap: 10 });
    expect(third.uncovered).toEqual([]);
    expect(third.added).toBe(15);

    // Without the cap the same calls give reviewers more than 10 reviews in 2027.
    const control = await demoOffice();
    addCall(control.db, 'QD-A', 10, 3, '2027-03-31T00:00:00.000Z');
    addCall(control.db, 'QD-B', 10, 3, '2027-09-30T00:00:00.000Z');
    await call(control.dispatcher, 'assignments.auto', { callId: 'QD-A' });
    expect((await call(control.dispatcher, 'assignments.auto', { callId: 'QD-B' })).uncovered).toEqual([]);
    expect(Math.max(...(await reviewsIn(control.dispatcher, ['QD-A', 'QD-B'])).values())).toBeGreaterThan(10);
  });

  it('with a credit threshold, reviewers at or above it (or without a score) get the new reviews first', async () => {
    const { dispatcher, db } = await demoOffice();
    const record = await call(dispatcher, 'reviewerRecord.list', {});
    const credit = new Map(record.reviewers.map((reviewer) => [reviewer.reviewerId, reviewer.credit.score]));
    const scores = [...credit.values()]
      .filter((score): score is number => score !== null)
      .sort((a, b) => b - a);
    expect(scores).toHaveLength(5);
    // The demo's reviewers differ: a threshold at the third best holds two of them back.
    const threshold = scores[2] as number;
    expect(scores[4]).toBeLessThan(threshold);
    const below = new Set(
      [...credit].filter(([, score]) => score !== null && score < threshold).map(([id]) => id),
    );
    expect(below.size).toBeGreaterThan(0);

    addCall(db, 'QD-T', 6, 2, '2027-03-31T00:00:00.000Z');
    const ruled = await call(dispatcher, 'assignments.auto', { callId: 'QD-T', minCredit: threshold });
    expect(ruled.uncovered).toEqual([]);
    const loads = await reviewsIn(dispatcher, ['QD-T']);
    expect([...loads.keys()].filter((id) => below.has(id))).toEqual([]);

    // The same call without the threshold spreads the reviews over every reviewer.
    const control = await demoOffice();
    addCall(control.db, 'QD-T', 6, 2, '2027-03-31T00:00:00.000Z');
    await call(control.dispatcher, 'assignments.auto', { callId: 'QD-T' });
    const spread = await reviewsIn(control.dispatcher, ['QD-T']);
    expect([...spread.keys()].filter((id) => below.has(id)).length).toBeGreaterThan(0);

    // With only the held-back reviewers able to cover a third reviewer, they are used, not left out.
    addCall(db, 'QD-U', 2, 5, '2027-03-31T00:00:00.000Z');
    const full = await call(dispatcher, 'assignments.auto', { callId: 'QD-U', minCredit: threshold });
    expect(full.uncovered).toEqual([]);
    expect(full.added).toBe(10);
  });

  it('refuses a cap below 1 or a threshold above 100, changing nothing', async () => {
    const { dispatcher, db } = await demoOffice();
    addCall(db, 'QD-A', 2, 1, '2027-03-31T00:00:00.000Z');
    for (const bad of [{ yearCap: 0 }, { minCredit: 101 }]) {
      const result = await dispatcher.invoke('assignments.auto', { callId: 'QD-A', ...bad }, en);
      expect(result.ok).toBe(false);
    }
    expect((await reviewsIn(dispatcher, ['QD-A'])).size).toBe(0);
  });
});
