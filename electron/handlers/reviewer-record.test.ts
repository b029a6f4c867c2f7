import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditRows } from '../../test/support/db/results-probe';
import { demoFixture } from '../../test/support/db/results-demo';
import { seedResultsFixture, type Fixture } from '../../test/support/db/results-fixture';
import { creditComponents, type ReviewerRecord } from '../../shared/contract/reviewer-record';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Dispatcher } from '../core/registry';
import { expectOk as call } from '../../test/support/dispatch';

const en = { language: 'en' as const };
/** A clock well after both calls, on no particular real date. */
const NOW = new Date('2028-01-01T00:00:00.000Z');
const DAY = 86_400_000;

/** Call 1 (2026): rev-1 hands everything in three days late, the others a day early. */
function firstCall(): Fixture {
  const fixture = demoFixture();
  return {
    ...fixture,
    call: { ...fixture.call, reviewDueAt: '2026-11-01T00:00:00.000Z' },
    reviews: fixture.reviews.map((review) => ({
      ...review,
      submittedAt: review.reviewer === 'rev-1' ? '2026-11-04T00:00:00.000Z' : '2026-10-31T00:00:00.000Z',
    })),
    at: '2026-10-01T08:00:00.000Z',
  };
}

/** Call 2 (2027): the same reviewers on new applications; rev-2 leaves one review as a draft. */
function secondCall(): Fixture {
  const fixture = demoFixture();
  const id = (application: string) => `c2-${application}`;
  let draftLeft = false;
  return {
    ...fixture,
    call: {
      ...fixture.call,
      id: 'call-jq-2027',
      code: 'JQ-2027',
      titleZh: '2027 年度杰出青年科学基金',
      titleEn: '2027 Distinguished Young Scholars',
      reviewDueAt: '2027-11-01T00:00:00.000Z',
    },
    applications: fixture.applications.map((a) => ({
      ...a,
      id: id(a.id),
      referenceNo: `JQ2027-${a.referenceNo.slice(-3)}`,
    })),
    reviewers: [],
    reviews: fixture.reviews.map((review) => {
      const draft = !draftLeft && review.reviewer === 'rev-2' && review.status === 'submitted';
      if (draft) draftLeft = true;
      return {
        ...review,
        application: id(review.application),
        status: draft ? 'draft' : review.status,
        submittedAt: '2027-10-30T00:00:00.000Z',
      };
    }),
    at: '2027-10-01T08:00:00.000Z',
  };
}

async function officeWithTwoCalls(): Promise<{ dispatcher: Dispatcher; file: string; dataDir: string }> {
  const dataDir = tempDir();
  const dispatcher = createApp(testServices(dataDir, { now: () => NOW }));
  const file = path.join(dataDir, 'office.sqlite');
  await call(dispatcher, 'workspace.create', { name: 'Office', role: 'office', path: file });
  const db = dispatcher.session.require('office').db;
  seedResultsFixture(db, firstCall());
  seedResultsFixture(db, secondCall());
  await call(dispatcher, 'results.rank', { callId: 'call-jq-2026', method: 'mean', fundable: 5 });
  await call(dispatcher, 'results.rank', { callId: 'call-jq-2027', method: 'mean', fundable: 5 });
  return { dispatcher, file, dataDir };
}

function reviewer(list: { reviewers: ReviewerRecord[] }, id: string): ReviewerRecord {
  const found = list.reviewers.find((r) => r.reviewerId === id);
  if (!found) throw new Error(`no record for ${id}`);
  return found;
}

/** The credit score as the screen explains it: the weighted mean of the components shown. */
function recomputed(credit: ReviewerRecord['credit'], weights: Record<string, number>): number | null {
  let sum = 0;
  let weight = 0;
  for (const component of creditComponents) {
    const value = credit.components[component];
    if (value === null) continue;
    sum += (weights[component] as number) * value;
    weight += weights[component] as number;
  }
  return weight === 0 ? null : (100 * sum) / weight;
}

describe('reviewer record across calls', () => {
  it('follows each reviewer through two calls with counts, timeliness, panel figures and credit', async () => {
    const { dispatcher } = await officeWithTwoCalls();
    const record = await call(dispatcher, 'reviewerRecord.list', {});
    const first = firstCall();
    const second = secondCall();

    const rev1 = reviewer(record, 'rev-1');
    expect(rev1.calls.map((c) => c.code)).toEqual(['JQ-2026', 'JQ-2027']);
    const [rev1First, rev1Second] = rev1.calls;
    const own = first.reviews.filter((r) => r.reviewer === 'rev-1');
    expect(rev1First?.assigned).toBe(own.length);
    expect(rev1First?.recused).toBe(own.filter((r) => r.status === 'recused').length);
    expect(rev1First?.submitted).toBe(own.filter((r) => r.status === 'submitted').length);
    expect(rev1First?.onTimeShare).toBe(0);
    expect(rev1First?.medianDaysLate).toBe(3);
    // On time in call 2, except a review left as a draft (the demo has one), overdue until now.
    const own2 = second.reviews.filter((r) => r.reviewer === 'rev-1' && r.status !== 'recused');
    const onTime2 = own2.filter((r) => r.status === 'submitted').length / own2.length;
    expect(onTime2).toBeLessThan(1);
    expect(rev1Second?.onTimeShare).toBeCloseTo(onTime2, 12);
    expect(rev1Second?.medianDaysLate).toBe((NOW.getTime() - Date.parse('2027-11-01T00:00:00.000Z')) / DAY);
    // Panel figures come from the call's ranking and scores.
    expect(rev1First?.leniency).not.toBeNull();
    expect(rev1First?.agreement).not.toBeNull();
    expect(rev1First?.commentLength).toBeGreaterThan(0);

    // rev-2's draft in call 2 is overdue by the days from its due date to the clock.
    const rev2Second = reviewer(record, 'rev-2').calls[1];
    const rev2Due = second.reviews.filter((r) => r.reviewer === 'rev-2' && r.status !== 'recused').length;
    expect(rev2Second?.submitted).toBe(rev2Due - 1);
    expect(rev2Second?.onTimeShare).toBeCloseTo((rev2Due - 1) / rev2Due, 12);
    expect(rev2Second?.medianDaysLate).toBe((NOW.getTime() - Date.parse('2027-11-01T00:00:00.000Z')) / DAY);

    // Every score is the declared weighted mean of the components shown beside it.
    for (const r of record.reviewers) {
      expect(r.credit.score).toBeCloseTo(recomputed(r.credit, record.weights) as number, 10);
      for (const c of r.calls)
        expect(c.credit.score).toBeCloseTo(recomputed(c.credit, record.weights) as number, 10);
    }
    // Over both calls, each component is the mean of the calls'.
    expect(rev1.credit.components.onTime).toBeCloseTo((0 + onTime2) / 2, 12);
  });

  it('keeps ratings, weights and notes in the workspace, audited, and uses them in the score', async () => {
    const { dispatcher, file } = await officeWithTwoCalls();
    const rated = secondCall().reviews.find((r) => r.reviewer === 'rev-1' && r.status === 'submitted');
    if (!rated) throw new Error('fixture has no submitted review of rev-1');
    const key = { callId: 'call-jq-2027', applicationId: rated.application, reviewerId: 'rev-1' };
    await call(dispatcher, 'reviewerRecord.rate', { ...key, rating: 4, note: '意见具体' });
    await call(dispatcher, 'reviewerRecord.rate', { ...key, rating: 2 });
    await call(dispatcher, 'reviewerRecord.setWeights', {
      completion: 0,
      onTime: 0,
      agreement: 0,
      usefulness: 1,
      balance: 0,
    });
    await call(dispatcher, 'reviewerRecord.annotate', { reviewerId: 'rev-1', note: '2027 年出差，事先说明' });

    // A draft is not rated and nothing changes; all-zero weights are refused.
    const draft = secondCall().reviews.find((r) => r.reviewer === 'rev-2' && r.status === 'draft');
    const refused = await dispatcher.invoke(
      'reviewerRecord.rate',
      { callId: 'call-jq-2027', applicationId: draft?.application ?? '', reviewerId: 'rev-2', rating: 1 },
      en,
    );
    expect(refused.ok === false && refused.code).toBe('quality.errors.notSubmitted');
    const zero = await dispatcher.invoke(
      'reviewerRecord.setWeights',
      { completion: 0, onTime: 0, agreement: 0, usefulness: 0, balance: 0 },
      en,
    );
    expect(zero.ok === false && zero.code).toBe('quality.errors.weightsAllZero');

    // Close and open the workspace again: everything is still there.
    await call(dispatcher, 'workspace.close', {});
    await call(dispatcher, 'workspace.open', { path: file });
    const record = await call(dispatcher, 'reviewerRecord.list', {});
    expect(record.weights).toEqual({ completion: 0, onTime: 0, agreement: 0, usefulness: 1, balance: 0 });
    const rev1 = reviewer(record, 'rev-1');
    expect(rev1.calls[1]?.ratings).toBe(1);
    expect(rev1.calls[1]?.meanRating).toBe(2);
    // Only usefulness weighs: (2 − 1) / 3 of 100, in the call and overall (call 1 has no rating).
    expect(rev1.calls[1]?.credit.score).toBeCloseTo(100 / 3, 10);
    expect(rev1.credit.score).toBeCloseTo(100 / 3, 10);
    expect(reviewer(record, 'rev-2').credit.score).toBeNull();
    expect(rev1.annotations.map((a) => a.note)).toEqual(['2027 年出差，事先说明']);
    expect(await call(dispatcher, 'reviewerRecord.rating', key)).toMatchObject({ rating: 2, note: '' });

    const audit = auditRows(dispatcher.session.require('office').db).filter((row) =>
      row.action.startsWith('reviewerRecord.'),
    );
    expect(audit.map((row) => row.action)).toEqual([
      'reviewerRecord.rate',
      'reviewerRecord.rate',
      'reviewerRecord.setWeights',
      'reviewerRecord.annotate',
    ]);
  });

  it('exports the record as XLSX, one row per reviewer and call, with the weights and notes', async () => {
    const { dispatcher } = await officeWithTwoCalls();
    await call(dispatcher, 'reviewerRecord.annotate', { reviewerId: 'rev-3', note: '=SUM(A1) 不是公式' });
    const file = await call(dispatcher, 'reviewerRecord.export', {});
    expect(file.fileName).toBe('reviewer-record-2028-01-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      file.bytes.buffer.slice(
        file.bytes.byteOffset,
        file.bytes.byteOffset + file.bytes.byteLength,
      ) as ArrayBuffer,
    );
    const [records, weights, notes] = workbook.worksheets;
    const record = await call(dispatcher, 'reviewerRecord.list', {});
    const expectedRows = record.reviewers.reduce((sum, r) => sum + r.calls.length, 0);
    expect(records?.rowCount).toBe(1 + expectedRows);
    expect(records?.getRow(1).getCell(1).value).toBe('Reviewer');
    expect(weights?.rowCount).toBe(1 + creditComponents.length);
    const note = notes?.getRow(2).getCell(3);
    expect(note?.value).toBe('=SUM(A1) 不是公式');
    expect(note?.formula).toBeUndefined();
    expect(auditRows(dispatcher.session.require('office').db, 'reviewerRecord.export')).toHaveLength(1);
  });
});
