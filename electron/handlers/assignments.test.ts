import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countAssignments,
  insertAssignmentFixture,
  insertReview,
  setCallStatus,
  type AssignmentFixture,
} from '../../test/support/db/assignment-fixture';
import type { AssignmentMatrix, AutoAssignResult } from '../../shared/contract/assignments';
import { jieqingRubric } from '../../shared/rubric-templates/jieqing';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';

const en = { language: 'en' as const };
const KEYWORDS = [
  ['石墨烯', 'catalysis'],
  ['ecology', '遥感'],
  ['机器学习', 'graphs'],
  ['水稻', 'genomics'],
];

function fixture(): AssignmentFixture {
  return {
    call: { id: 'call-1', code: 'JQ2026', reviewersPerApplication: 2, rubric: jieqingRubric() },
    applications: Array.from({ length: 8 }, (_, i) => ({
      id: `app-${i}`,
      referenceNo: `JQ-${String(i).padStart(3, '0')}`,
      keywords: KEYWORDS[i % KEYWORDS.length],
      institution: i % 2 === 0 ? '广西大学' : '桂林电子科技大学',
    })),
    reviewers: Array.from({ length: 5 }, (_, i) => ({
      id: `rev-${i}`,
      name: `Reviewer ${i}`,
      expertise: KEYWORDS[i % KEYWORDS.length],
      maxLoad: 5,
    })),
    conflicts: [
      { applicationId: 'app-0', reviewerId: 'rev-0', type: 'same-institution' },
      { applicationId: 'app-4', reviewerId: 'rev-0', type: 'collaborator' },
    ],
  };
}

async function officeWith(data: AssignmentFixture) {
  const dispatcher = createApp(testServices(tempDir()));
  const created = await dispatcher.invoke(
    'workspace.create',
    { name: 'Office', role: 'office', path: path.join(dispatcher.services.dataDir, 'office.sqlite') },
    en,
  );
  expect(created.ok).toBe(true);
  const { db } = dispatcher.session.require('office');
  insertAssignmentFixture(db, data);
  return { dispatcher, db };
}

async function matrix(
  dispatcher: Awaited<ReturnType<typeof officeWith>>['dispatcher'],
): Promise<AssignmentMatrix> {
  const result = await dispatcher.invoke('assignments.matrix', { callId: 'JQ2026' }, en);
  if (!result.ok) throw new Error(result.message);
  return result.value as AssignmentMatrix;
}

describe('assignment handlers', () => {
  it('auto-assigns k reviewers per application without conflicts, above load, and records it', async () => {
    const { dispatcher, db } = await officeWith(fixture());
    const progress: number[] = [];
    const result = await dispatcher.invoke(
      'assignments.auto',
      { callId: 'JQ2026' },
      { ...en, onProgress: (p) => progress.push(p.done) },
    );
    expect(result.ok).toBe(true);
    const value = (result as { value: AutoAssignResult }).value;
    expect(value).toMatchObject({ wanted: 16, added: 16, kept: 0, uncovered: [] });
    // Every application has exactly one non-conflicted reviewer with its keywords: the best is 8 of 16.
    expect(value.meanMatch).toBeCloseTo(0.5, 10);
    expect(progress.length).toBeGreaterThan(0);
    expect(countAssignments(db, 'call-1')).toBe(16);

    const view = await matrix(dispatcher);
    const assigned = view.assignments.filter((cell) => cell.status === 'assigned');
    expect(assigned).toHaveLength(16);
    for (const conflict of view.conflicts) {
      expect(
        assigned.some(
          (c) => c.applicationId === conflict.applicationId && c.reviewerId === conflict.reviewerId,
        ),
      ).toBe(false);
    }
    for (const reviewer of view.reviewers) expect(reviewer.load).toBeLessThanOrEqual(5);
    expect(view.conflicts).toContainEqual({
      applicationId: 'app-0',
      reviewerId: 'rev-0',
      types: ['same-institution'],
    });

    const audit = await dispatcher.invoke('audit.list', {}, en);
    expect(audit.ok && (audit.value as { action: string; subject: string }[])[0]).toMatchObject({
      action: 'assignments.auto',
      subject: 'call-1',
    });
  });

  it('reports applications it cannot cover, with the reason', async () => {
    const data = fixture();
    data.reviewers = data.reviewers.map((reviewer) => ({ ...reviewer, maxLoad: 2 }));
    const { dispatcher } = await officeWith(data);
    const result = await dispatcher.invoke('assignments.auto', { callId: 'call-1', perApplication: 2 }, en);
    const value = (result as { value: AutoAssignResult }).value;
    expect(value.added).toBe(10);
    const short = value.uncovered.reduce((sum, row) => sum + row.wanted - row.assigned, 0);
    expect(short).toBe(6);
    expect(
      value.uncovered.every((row) => row.reason === 'capacity' && row.referenceNo.startsWith('JQ-')),
    ).toBe(true);
  });

  it('keeps locked and manual assignments, replaces unlocked ones, and fills gaps only after issue', async () => {
    const { dispatcher, db } = await officeWith(fixture());
    const manual = await dispatcher.invoke(
      'assignments.set',
      { callId: 'JQ2026', applicationId: 'app-1', reviewerId: 'rev-4', assigned: true },
      en,
    );
    expect(manual).toMatchObject({ ok: true, value: { cell: { locked: true, status: 'assigned' } } });
    await dispatcher.invoke('assignments.auto', { callId: 'JQ2026' }, en);
    const first = await matrix(dispatcher);
    expect(first.assignments).toContainEqual(
      expect.objectContaining({ applicationId: 'app-1', reviewerId: 'rev-4', locked: true }),
    );

    const again = await dispatcher.invoke('assignments.auto', { callId: 'JQ2026' }, en);
    expect(again).toMatchObject({ ok: true, value: { kept: 1, removed: 15, added: 15 } });

    setCallStatus(db, 'call-1', 'reviewing');
    await expect(dispatcher.invoke('assignments.auto', { callId: 'JQ2026' }, en)).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.replaceAfterIssue',
    });
    await dispatcher.invoke(
      'assignments.set',
      {
        callId: 'JQ2026',
        applicationId: 'app-2',
        reviewerId: first.assignments.find((c) => c.applicationId === 'app-2' && !c.locked)!.reviewerId,
        assigned: false,
      },
      en,
    );
    const filled = await dispatcher.invoke('assignments.auto', { callId: 'JQ2026', mode: 'fill-gaps' }, en);
    expect(filled).toMatchObject({ ok: true, value: { kept: 15, removed: 0, added: 1 } });
  });

  it('refuses conflicted and over-load pairs and removing reviewed work; locks and unlocks', async () => {
    const data = fixture();
    data.reviewers[3] = { ...data.reviewers[3]!, maxLoad: 1 };
    const { dispatcher, db } = await officeWith(data);
    const set = (applicationId: string, reviewerId: string, assigned: boolean) =>
      dispatcher.invoke('assignments.set', { callId: 'JQ2026', applicationId, reviewerId, assigned }, en);

    await expect(set('app-0', 'rev-0', true)).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.conflicted',
      message: expect.stringContaining('same-institution'),
    });
    await expect(set('app-1', 'rev-3', true)).resolves.toMatchObject({ ok: true });
    await expect(set('app-2', 'rev-3', true)).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.overLoad',
    });
    await expect(set('app-9', 'rev-3', true)).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.applicationNotInCall',
    });

    await expect(
      dispatcher.invoke(
        'assignments.lock',
        { callId: 'JQ2026', applicationId: 'app-1', reviewerId: 'rev-3', locked: false },
        en,
      ),
    ).resolves.toMatchObject({ ok: true, value: { cell: { locked: false } } });
    await expect(
      dispatcher.invoke(
        'assignments.lock',
        { callId: 'JQ2026', applicationId: 'app-2', reviewerId: 'rev-3', locked: true },
        en,
      ),
    ).resolves.toMatchObject({ ok: false, code: 'assignment.errors.notAssigned' });

    insertReview(db, { callId: 'call-1', applicationId: 'app-1', reviewerId: 'rev-3' });
    await expect(set('app-1', 'rev-3', false)).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.hasReview',
    });
    expect(countAssignments(db, 'call-1')).toBe(1);
  });

  it('cancelling changes nothing', async () => {
    const { dispatcher, db } = await officeWith(fixture());
    const controller = new AbortController();
    controller.abort();
    await expect(
      dispatcher.invoke('assignments.auto', { callId: 'JQ2026' }, { ...en, signal: controller.signal }),
    ).resolves.toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(countAssignments(db, 'call-1')).toBe(0);
  });

  it('refuses an unknown or closed call', async () => {
    const { dispatcher, db } = await officeWith(fixture());
    await expect(dispatcher.invoke('assignments.auto', { callId: 'NOPE' }, en)).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.callNotFound',
    });
    setCallStatus(db, 'call-1', 'archived');
    await expect(
      dispatcher.invoke('assignments.auto', { callId: 'JQ2026', mode: 'fill-gaps' }, en),
    ).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.callClosed',
    });
  });
});
