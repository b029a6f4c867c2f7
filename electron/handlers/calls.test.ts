import { describe, expect, it } from 'vitest';
import { setCallStatus } from '../../db/repositories/calls';
import type { ScoredCriterion } from '../../shared/domain/rubric';
import { officeKit, type OfficeKit } from '../../test/support/imports/office-kit';

const title = { zh: '2026 年度杰出青年科学基金', en: '2026 Distinguished Young Scholars' };

/** What the assignment engineer's package export does to a call: it leaves draft. */
function issuePackages(kit: OfficeKit, callId: string) {
  setCallStatus(kit.dispatcher.session.require('office').db, callId, 'reviewing', '2026-11-27T10:00:00.000Z');
}

describe('calls', () => {
  it('lists the six templates without a workspace', async () => {
    const kit = await officeKit();
    const templates = await kit.ok('calls.templates', {});
    expect(templates.map((template) => template.id)).toEqual([
      'nsfc',
      'horizon-europe',
      'nih-2025',
      'snsf',
      'jieqing-lump-sum',
      'challenge',
    ]);
  });

  it('creates a call from a template with the template’s defaults and rubric as version 1', async () => {
    const kit = await officeKit();
    const call = await kit.ok('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ-2026',
      title,
      budgetEnvelope: 12_000_000,
      closesAt: '2026-03-31',
    });
    expect(call).toMatchObject({
      code: 'JQ-2026',
      category: 'lump-sum',
      status: 'draft',
      reviewersPerApplication: 5,
      reviewMode: 'open',
      integrityMakesIneligible: true,
      budgetEnvelope: 12_000_000,
      rubricVersion: 1,
    });
    const got = await kit.ok('calls.get', { callId: call.id });
    expect(got.rubric.template).toBe('jieqing-lump-sum');
    expect(got.rubric.budgetOpinionAsked).toBe(true);
    expect(got.rubricVersions).toEqual([{ version: 1, createdAt: '2026-11-27T09:00:00.000Z' }]);
    expect(got.packagesIssued).toBe(false);
    expect(await kit.ok('calls.list', {})).toEqual([
      expect.objectContaining({ code: 'JQ-2026', applicationCount: 0 }),
    ]);
  });

  it('applies the Horizon Europe Impact weight option', async () => {
    const kit = await officeKit();
    await kit.ok('calls.create', { template: 'horizon-europe', code: 'HE', title, impactWeight: 1.5 });
    const { rubric } = await kit.ok('calls.getRubric', { callId: 'HE' });
    expect(rubric.criteria.map((criterion) => (criterion as ScoredCriterion).weight)).toEqual([1, 1.5, 1]);
  });

  it('refuses a taken code, duplicate challenge codes and challenges outside challenge calls', async () => {
    const kit = await officeKit();
    await kit.ok('calls.create', { template: 'nsfc', code: 'A', title });
    expect(await kit.fail('calls.create', { template: 'snsf', code: 'A', title })).toMatchObject({
      code: 'office.calls.errors.codeTaken',
    });
    const challenge = { title: { zh: '榜单', en: 'Challenge' }, description: '', awards: 1 };
    expect(
      await kit.fail('calls.create', {
        template: 'challenge',
        code: 'B',
        title,
        challenges: [
          { ...challenge, code: 'X' },
          { ...challenge, code: 'X' },
        ],
      }),
    ).toMatchObject({ code: 'office.calls.errors.duplicateChallenge' });
    expect(
      await kit.fail('calls.create', {
        template: 'nsfc',
        code: 'C',
        title,
        challenges: [{ ...challenge, code: 'X' }],
      }),
    ).toMatchObject({ code: 'office.calls.errors.challengesNeedChallengeCall' });
    expect(await kit.fail('calls.create', { template: 'nsfc', code: 'bad code!', title })).toMatchObject({
      code: 'errors.invalidRequest',
    });
    expect((await kit.ok('calls.list', {})).map((call) => call.code)).toEqual(['A']);
  });

  it('edits settings and challenges, keeping challenge ids, and archives', async () => {
    const kit = await officeKit();
    const call = await kit.ok('calls.create', {
      template: 'challenge',
      code: 'JB',
      title,
      challenges: [
        { code: 'B1', title: { zh: '一', en: 'One' }, description: '', awards: 1 },
        { code: 'B2', title: { zh: '二', en: 'Two' }, description: '', awards: 1 },
      ],
    });
    const [first, second] = call.challenges;
    const updated = await kit.ok('calls.update', {
      callId: call.id,
      settings: { reviewersPerApplication: 7, reviewMode: 'blind', budgetEnvelope: 5_000_000 },
      challenges: [
        { ...first!, code: 'B2', awards: 3 },
        { ...second!, code: 'B1' },
        { code: 'B3', title: { zh: '三', en: 'Three' }, description: '新增榜单', awards: 2 },
      ],
    });
    expect(updated).toMatchObject({
      reviewersPerApplication: 7,
      reviewMode: 'blind',
      budgetEnvelope: 5_000_000,
    });
    expect(
      updated.challenges.map((challenge) => [challenge.code, challenge.id === first!.id, challenge.awards]),
    ).toEqual([
      ['B1', false, 1],
      ['B2', true, 3],
      ['B3', false, 2],
    ]);
    const archived = await kit.ok('calls.archive', { callId: 'JB' });
    expect(archived.status).toBe('archived');
    expect(await kit.ok('calls.list', {})).toEqual([]);
    expect(await kit.ok('calls.list', { includeArchived: true })).toHaveLength(1);
    expect(
      await kit.fail('calls.update', { callId: 'JB', settings: { reviewersPerApplication: 2 } }),
    ).toMatchObject({
      code: 'office.calls.errors.archived',
    });
  });
});

describe('rubric versions', () => {
  async function draftCall() {
    const kit = await officeKit();
    const call = await kit.ok('calls.create', { template: 'horizon-europe', code: 'HE', title });
    const { rubric } = await kit.ok('calls.getRubric', { callId: call.id });
    return { kit, call, rubric };
  }

  it('replaces the rubric in place while no package was issued', async () => {
    const { kit, call, rubric } = await draftCall();
    const edited = structuredClone(rubric);
    (edited.criteria[1] as ScoredCriterion).weight = 1.5;
    const saved = await kit.ok('calls.updateRubric', { callId: call.id, baseVersion: 1, rubric: edited });
    expect(saved).toMatchObject({ version: 1, versioned: false, reissueRequired: false });
    expect((await kit.ok('calls.get', { callId: call.id })).rubricVersions).toHaveLength(1);
    expect((await kit.ok('calls.getRubric', { callId: call.id })).rubric).toEqual(edited);
  });

  it('after packages were issued, adds a version, keeps the old one and says to re-issue', async () => {
    const { kit, call, rubric } = await draftCall();
    issuePackages(kit, call.id);
    const edited = structuredClone(rubric);
    edited.totalThreshold = 11;
    const saved = await kit.ok('calls.updateRubric', { callId: call.id, baseVersion: 1, rubric: edited });
    expect(saved).toMatchObject({
      version: 2,
      versioned: true,
      reissueRequired: true,
      call: { rubricVersion: 2 },
    });
    expect(await kit.ok('calls.getRubric', { callId: call.id, version: 1 })).toMatchObject({
      current: false,
      rubric,
    });
    expect(await kit.ok('calls.getRubric', { callId: call.id })).toMatchObject({
      version: 2,
      current: true,
      rubric: edited,
    });
    const got = await kit.ok('calls.get', { callId: call.id });
    expect(got.packagesIssued).toBe(true);
    expect(got.rubricVersions.map((entry) => entry.version)).toEqual([1, 2]);
    const audit = await kit.ok('audit.list', {});
    expect(audit[0]).toMatchObject({
      action: 'calls.updateRubric',
      details: { version: 2, versioned: true },
    });
  });

  it('refuses a stale base version and an inconsistent rubric, and ignores an unchanged one', async () => {
    const { kit, call, rubric } = await draftCall();
    issuePackages(kit, call.id);
    expect(await kit.fail('calls.updateRubric', { callId: call.id, baseVersion: 2, rubric })).toMatchObject({
      code: 'office.rubric.errors.stale',
      params: { base: 2, current: 1 },
    });
    const broken = structuredClone(rubric);
    (broken.criteria[0] as ScoredCriterion).threshold = 3.25;
    expect(
      await kit.fail('calls.updateRubric', { callId: call.id, baseVersion: 1, rubric: broken }),
    ).toMatchObject({
      code: 'office.rubric.errors.invalid',
      params: { count: 1, path: 'criteria.0.threshold' },
    });
    expect(await kit.ok('calls.updateRubric', { callId: call.id, baseVersion: 1, rubric })).toMatchObject({
      version: 1,
      versioned: false,
    });
    expect((await kit.ok('calls.get', { callId: call.id })).rubricVersions).toHaveLength(1);
  });

  it('refuses to change the review mode or category once packages were issued', async () => {
    const { kit, call } = await draftCall();
    issuePackages(kit, call.id);
    expect(
      await kit.fail('calls.update', { callId: call.id, settings: { reviewMode: 'blind' } }),
    ).toMatchObject({
      code: 'office.calls.errors.lockedAfterIssue',
      params: { field: 'reviewMode' },
    });
    expect(
      await kit.ok('calls.update', { callId: call.id, settings: { reviewDueAt: '2026-12-31' } }),
    ).toMatchObject({
      reviewDueAt: '2026-12-31',
      reviewMode: 'open',
    });
  });
});
