import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoCall, DEMO_CALL_ID } from '../../test/support/db/results-demo';
import {
  fixtureRubric,
  seedOfficeSigningKey,
  seedResultsFixture,
} from '../../test/support/db/results-fixture';
import {
  auditRows,
  countRuns,
  reviewStatusCounts,
  runParameters,
  setScores,
} from '../../test/support/db/results-probe';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Dispatcher } from '../core/registry';
import { generateSigningKeyPair } from '../crypto/ed25519';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { seededByteSource } from '../../shared/random/bytes';
import { expectOk as call } from '../../test/support/dispatch';
import type { RequestOf } from '../../shared/contract';

const en = { language: 'en' as const };

async function officeWithDemo(): Promise<{ dispatcher: Dispatcher; dataDir: string }> {
  const dataDir = tempDir();
  const dispatcher = createApp(testServices(dataDir, { randomBytes: seededByteSource('results-test') }));
  const created = await dispatcher.invoke(
    'workspace.create',
    { name: 'Office', role: 'office', path: path.join(dataDir, 'office.sqlite') },
    en,
  );
  expect(created.ok).toBe(true);
  seedDemoCall(dispatcher.session.require('office').db);
  return { dispatcher, dataDir };
}

const view = async (dispatcher: Dispatcher) =>
  await call(dispatcher, 'results.view', { callId: DEMO_CALL_ID });

function auditActions(dispatcher: Dispatcher): string[] {
  return auditRows(dispatcher.session.require('office').db).map((row) => row.action);
}

/** A Bayesian ranking of the demo call, short enough for a test, for the lottery to draw on. */
const SHORT_BAYES_RUN: RequestOf<'results.rank'> = {
  callId: DEMO_CALL_ID,
  method: 'bayes',
  fundable: 5,
  seed: 'lottery-test',
  iterations: 400,
  burnIn: 200,
};

describe('results handlers on a real office workspace', () => {
  it('ranks submitted reviews only, stores the run and shows it in the view', async () => {
    const { dispatcher } = await officeWithDemo();
    const progress: string[] = [];
    const ranked = await call(
      dispatcher,
      'results.rank',
      { callId: DEMO_CALL_ID, method: 'bayes', seed: 's1', iterations: 400, burnIn: 200 },
      { onProgress: (p) => progress.push(p.label) },
    );
    // Stages in order; the Bayesian fit reports its own steps in between.
    expect(progress.filter((label, i) => label !== progress[i - 1])).toEqual([
      'results.progress.collect',
      'results.progress.fit',
      'results.progress.store',
    ]);
    expect(progress.filter((label) => label === 'results.progress.fit').length).toBeGreaterThan(5);
    // 12 applications, one integrity-flagged and excluded from ranking.
    expect(ranked.summary.n).toBe(11);
    expect(ranked.summary.applications.map((a) => a.application)).not.toContain('app-08');
    expect(Object.keys(ranked.summary)).toEqual(['method', 'n', 'fundingLine', 'rhatMax', 'applications']);

    const shown = await view(dispatcher);
    expect(shown.run?.id).toBe(ranked.runId);
    expect(shown.run?.stale).toBe(false);
    const app03 = shown.applications.find((a) => a.id === 'app-03');
    // app-03: one recusal (a missing review, never a zero), so one review fewer than its panel.
    const db = dispatcher.session.require('office').db;
    const counts = reviewStatusCounts(db, 'app-03');
    expect(counts.recused).toBe(1);
    expect(app03?.aggregate.n).toBe(counts.submitted);
    // app-06: the draft is never counted.
    const app06 = shown.applications.find((a) => a.id === 'app-06');
    expect(reviewStatusCounts(db, 'app-06').draft).toBe(1);
    expect(app06?.aggregate.reviews).toBe(reviewStatusCounts(db, 'app-06').submitted);
    expect(Object.keys(app06?.scores ?? {})).toHaveLength(app06?.aggregate.reviews ?? -1);
    expect(shown.applications.find((a) => a.id === 'app-08')).toMatchObject({
      excluded: true,
      ranking: null,
    });
    expect(auditActions(dispatcher)).toContain('results.rank');
  });

  it('gives the same numbers for the same seed', async () => {
    const { dispatcher } = await officeWithDemo();
    const request = {
      callId: DEMO_CALL_ID,
      method: 'bayes' as const,
      seed: 'same',
      iterations: 300,
      burnIn: 100,
    };
    const a = await call(dispatcher, 'results.rank', request);
    const b = await call(dispatcher, 'results.rank', request);
    expect(b.summary).toEqual(a.summary);
    expect(b.runId).not.toBe(a.runId);
  });

  it('draws the line by envelope with lump-sum awards, draws and re-runs the lottery once', async () => {
    const { dispatcher } = await officeWithDemo();
    const ranked = await call(dispatcher, 'results.rank', {
      callId: DEMO_CALL_ID,
      method: 'mean',
      envelope: 8_000_000,
    });
    const shown = await view(dispatcher);
    const funded = shown.applications.filter((a) => a.ranking?.group === 'funded');
    const spent = funded.reduce((sum, a) => sum + (a.award.amount ?? 0), 0);
    expect(spent).toBeLessThanOrEqual(8_000_000);
    expect(funded.length).toBeGreaterThan(0);
    for (const application of funded) {
      expect(application.award.basis).toBe('median');
      expect(application.award.amount).toBeLessThanOrEqual(application.requested);
    }
    expect(ranked.summary.fundingLine).not.toBeNull();

    // Force a lottery: rank with a fundable count that cuts through a tie block if there is one,
    // else verify the record path through a single-pool draw on a Bayesian run.
    const bayes = await call(dispatcher, 'results.rank', SHORT_BAYES_RUN);
    const withPool = await view(dispatcher);
    expect(withPool.lottery.length).toBe(1);
    const pool = withPool.lottery[0];
    expect(pool?.candidates.length).toBeGreaterThan(pool?.places ?? 0);
    const draw = await call(dispatcher, 'results.lottery.draw', {
      callId: DEMO_CALL_ID,
      runId: bayes.runId,
      pool: null,
      seed: 'officer seed 2026-12-01',
    });
    expect(draw.seedSource).toBe('officer');
    expect(draw.record.selected.length).toBe(pool?.places);
    expect(draw.record.candidates).toEqual(pool?.candidates);

    const again = await dispatcher.invoke(
      'results.lottery.draw',
      { callId: DEMO_CALL_ID, runId: bayes.runId, pool: null, seed: 'another' },
      en,
    );
    expect(again).toMatchObject({ ok: false, code: 'results.errors.alreadyDrawn' });

    const verified = await call(dispatcher, 'results.lottery.verify', { drawId: draw.id });
    expect(verified).toEqual({
      matches: true,
      recorded: draw.record.selected,
      recomputed: draw.record.selected,
    });
    const forged = await call(dispatcher, 'results.lottery.verify', {
      record: {
        ...draw.record,
        selected: draw.record.candidates
          .filter((id) => !draw.record.selected.includes(id))
          .slice(0, draw.record.places),
      },
      awards: draw.awards,
    });
    expect(forged).toMatchObject({ matches: false });

    const after = await view(dispatcher);
    const outcomes = after.applications.filter((a) => a.lottery !== null);
    expect(
      outcomes
        .filter((a) => a.lottery === 'selected')
        .map((a) => a.id)
        .sort(),
    ).toEqual([...draw.record.selected].sort());
    expect(auditActions(dispatcher)).toContain('results.lottery.draw');
  });

  it('generates and records a seed when the officer gives none', async () => {
    const { dispatcher } = await officeWithDemo();
    const run = await call(dispatcher, 'results.rank', SHORT_BAYES_RUN);
    const draw = await call(dispatcher, 'results.lottery.draw', {
      callId: DEMO_CALL_ID,
      runId: run.runId,
      pool: null,
    });
    expect(draw.seedSource).toBe('generated');
    expect(draw.record.seed).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a draw on a stale ranking', async () => {
    const { dispatcher } = await officeWithDemo();
    const run = await call(dispatcher, 'results.rank', SHORT_BAYES_RUN);
    setScores(dispatcher.session.require('office').db, 'app-01', 1);
    expect((await view(dispatcher)).run?.stale).toBe(true);
    const refused = await dispatcher.invoke(
      'results.lottery.draw',
      { callId: DEMO_CALL_ID, runId: run.runId, pool: null, seed: 'x' },
      en,
    );
    expect(refused).toMatchObject({ ok: false, code: 'results.errors.runStale' });
  });

  it('records decisions with an audit entry each and sums money against the envelope', async () => {
    const { dispatcher } = await officeWithDemo();
    const money = await call(dispatcher, 'results.decide', {
      callId: DEMO_CALL_ID,
      decisions: [
        { applicationId: 'app-01', outcome: 'fund', amount: 1_900_000, note: '优先资助' },
        { applicationId: 'app-02', outcome: 'fund', amount: 1_700_000, note: '' },
        { applicationId: 'app-03', outcome: 'reserve', amount: 1_200_000, note: '候补第一' },
        { applicationId: 'app-12', outcome: 'not-fund', amount: null, note: '' },
      ],
    });
    expect(money).toEqual({
      envelope: 8_000_000,
      committed: 3_600_000,
      reserved: 1_200_000,
      remaining: 4_400_000,
      funded: 2,
      reserve: 1,
      notFunded: 1,
      undecided: 8,
    });
    const db = dispatcher.session.require('office').db;
    const entries = auditRows(db, 'results.decide');
    expect(entries.map((e) => e.subject)).toEqual(['app-01', 'app-02', 'app-03', 'app-12']);
    expect(entries[0]?.details).toMatchObject({
      before: null,
      after: { outcome: 'fund', amount: 1_900_000, note: '优先资助' },
    });

    // A bad batch changes nothing: the valid first entry is not written either.
    const refused = await dispatcher.invoke(
      'results.decide',
      {
        callId: DEMO_CALL_ID,
        decisions: [
          { applicationId: 'app-04', outcome: 'fund', amount: 1_000_000, note: '' },
          { applicationId: 'app-05', outcome: 'fund', amount: null, note: '' },
        ],
      },
      en,
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'results.errors.amountRequired',
      params: { application: 'JQ2026-005' },
    });
    expect((await view(dispatcher)).applications.find((a) => a.id === 'app-04')?.decision).toBeNull();

    // Changing a decision logs before and after; clearing one removes it.
    await call(dispatcher, 'results.decide', {
      callId: DEMO_CALL_ID,
      decisions: [
        { applicationId: 'app-01', outcome: 'fund', amount: 1_800_000, note: '调整' },
        { applicationId: 'app-12', outcome: null, amount: null, note: '' },
      ],
    });
    const last = auditRows(db, 'results.decide')
      .filter((e) => e.subject === 'app-01')
      .at(-1);
    expect(last?.details).toMatchObject({
      before: { amount: 1_900_000 },
      after: { amount: 1_800_000 },
    });
    const summary = (await view(dispatcher)).money;
    expect(summary).toMatchObject({ committed: 3_500_000, notFunded: 0, undecided: 9 });
  });

  it('overrides an award only with a reason, and the envelope walk uses it', async () => {
    const { dispatcher } = await officeWithDemo();
    const noReason = await dispatcher.invoke(
      'results.award.override',
      { callId: DEMO_CALL_ID, applicationId: 'app-01', override: { amount: 100, reason: '   ' } },
      en,
    );
    expect(noReason).toMatchObject({ ok: false, code: 'errors.invalidRequest' });
    const award = await call(dispatcher, 'results.award.override', {
      callId: DEMO_CALL_ID,
      applicationId: 'app-01',
      override: { amount: 500_000, reason: '合并部分重复内容' },
    });
    expect(award).toMatchObject({ amount: 500_000, basis: 'override', reason: '合并部分重复内容' });
    const run = await call(dispatcher, 'results.rank', {
      callId: DEMO_CALL_ID,
      method: 'mean',
      envelope: 8_000_000,
    });
    expect(run.summary.fundingLine).not.toBeNull();
    const stored = runParameters(dispatcher.session.require('office').db, run.runId);
    expect(stored.awards).toMatchObject({ 'app-01': 500_000 });
    const cleared = await call(dispatcher, 'results.award.override', {
      callId: DEMO_CALL_ID,
      applicationId: 'app-01',
      override: null,
    });
    expect(cleared).toMatchObject({ basis: 'median' });
    expect(auditActions(dispatcher).filter((a) => a === 'results.award.override')).toHaveLength(2);
  });

  it('commits nothing when ranking is cancelled', async () => {
    const { dispatcher } = await officeWithDemo();
    const controller = new AbortController();
    const pending = dispatcher.invoke(
      'results.rank',
      { callId: DEMO_CALL_ID, method: 'mean' },
      {
        ...en,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.label === 'results.progress.fit') controller.abort();
        },
      },
    );
    await expect(pending).resolves.toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(countRuns(dispatcher.session.require('office').db)).toBe(0);
    expect((await view(dispatcher)).run).toBeNull();

    // Cancelled in the middle of the Bayesian fit: still nothing committed.
    const midway = new AbortController();
    const fit = dispatcher.invoke(
      'results.rank',
      { callId: DEMO_CALL_ID, method: 'bayes', iterations: 2000, burnIn: 500 },
      {
        ...en,
        signal: midway.signal,
        onProgress: (p) => {
          if (p.label === 'results.progress.fit' && p.total === 100 && p.done >= 30) midway.abort();
        },
      },
    );
    await expect(fit).resolves.toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(countRuns(dispatcher.session.require('office').db)).toBe(0);
  });

  it('refuses unknown calls and ranks without a workspace only through results.rankScores', async () => {
    const { dispatcher } = await officeWithDemo();
    await expect(dispatcher.invoke('results.view', { callId: 'nope' }, en)).resolves.toMatchObject({
      ok: false,
      code: 'results.errors.callNotFound',
    });
    dispatcher.session.close();
    await expect(dispatcher.invoke('results.view', { callId: DEMO_CALL_ID }, en)).resolves.toMatchObject({
      ok: false,
      code: 'errors.noWorkspace',
    });
    const csv = 'application,reviewer,score\r\nA,r1,5\r\nA,r2,4\r\nB,r1,2\r\nB,r2,\r\nC,r1,3\r\nC,r2,3\r\n';
    const ranked = await call(dispatcher, 'results.rankScores', {
      csv,
      direction: 'higher-is-better',
      method: 'mean',
      fundable: 1,
    });
    expect(ranked.summary.applications.map((a) => [a.application, a.n, a.rank, a.group])).toEqual([
      ['A', 2, 1, 'funded'],
      ['C', 2, 2, 'rejected'],
      ['B', 1, 3, 'rejected'],
    ]);
  });

  it('writes a signed results bundle that verifies and re-runs, and refuses a tampered one', async () => {
    const { dispatcher } = await officeWithDemo();
    const db = dispatcher.session.require('office').db;
    const missing = await dispatcher.invoke('results.bundle', { callId: DEMO_CALL_ID }, en);
    expect(missing).toMatchObject({ ok: false, code: 'results.errors.noSigningKey' });
    const pair = generateSigningKeyPair(seededByteSource('office-key'));
    seedOfficeSigningKey(db, {
      id: 'office-key',
      publicKey: pair.publicKey,
      seed: base64urlDecode(pair.privateKey) as Uint8Array,
    });
    const run = await call(dispatcher, 'results.rank', {
      callId: DEMO_CALL_ID,
      method: 'bayes',
      fundable: 5,
      seed: 'bundle',
      iterations: 300,
      burnIn: 100,
    });
    await call(dispatcher, 'results.lottery.draw', {
      callId: DEMO_CALL_ID,
      runId: run.runId,
      pool: null,
      seed: 'b',
    });
    await call(dispatcher, 'results.decide', {
      callId: DEMO_CALL_ID,
      decisions: [{ applicationId: 'app-01', outcome: 'fund', amount: 1_900_000, note: '' }],
    });

    const plain = await call(dispatcher, 'results.bundle', {
      callId: DEMO_CALL_ID,
    });
    expect(plain.passphrase).toBeNull();
    const checked = await call(dispatcher, 'results.bundle.verify', {
      bytes: plain.bytes,
    });
    expect(checked).toMatchObject({
      signerPublicKey: pair.publicKey,
      callCode: 'JQ-2026',
      rankingReproduced: true,
      decisions: 1,
    });
    expect(checked.draws).toEqual([{ id: expect.any(String), pool: null, matches: true }]);

    const sealed = await call(dispatcher, 'results.bundle', {
      callId: DEMO_CALL_ID,
      encrypt: true,
    });
    expect(sealed.passphrase).toMatch(/^[0-9A-Z-]+$/);
    await expect(
      dispatcher.invoke(
        'results.bundle.verify',
        { bytes: sealed.bytes, passphrase: 'wrong passphrase here' },
        en,
      ),
    ).resolves.toMatchObject({ ok: false });
    await expect(
      dispatcher.invoke('results.bundle.verify', { bytes: sealed.bytes, passphrase: sealed.passphrase }, en),
    ).resolves.toMatchObject({ ok: true, value: { rankingReproduced: true } });

    const tampered = plain.bytes.slice();
    const at = Math.floor(tampered.length / 2);
    tampered[at] = (tampered[at] ?? 0) ^ 0xff;
    await expect(dispatcher.invoke('results.bundle.verify', { bytes: tampered }, en)).resolves.toMatchObject({
      ok: false,
    });
    expect(auditActions(dispatcher).filter((a) => a === 'results.bundle')).toHaveLength(2);
  });

  it('funds the top N of each challenge in a challenge call, ranks within the challenge', async () => {
    const dataDir = tempDir();
    const dispatcher = createApp(testServices(dataDir));
    await call(dispatcher, 'workspace.create', {
      name: 'Office',
      role: 'office',
      path: path.join(dataDir, 'office.sqlite'),
    });
    // b1 and b3 tie at B's line (2 places): one place is drawn between them.
    const scores: Record<string, number> = { a1: 5, a2: 4, a3: 2, b1: 4, b2: 5, b3: 4 };
    seedResultsFixture(dispatcher.session.require('office').db, {
      call: {
        id: 'c',
        code: 'JB-1',
        titleZh: '揭榜挂帅',
        titleEn: 'Challenge',
        category: 'challenge',
        envelope: null,
      },
      rubric: fixtureRubric(),
      challenges: [
        { id: 'ch-a', code: 'A', titleZh: '榜单甲', titleEn: 'Challenge A', awards: 1 },
        { id: 'ch-b', code: 'B', titleZh: '榜单乙', titleEn: 'Challenge B', awards: 2 },
      ],
      applications: Object.keys(scores).map((id) => ({
        id,
        referenceNo: id.toUpperCase(),
        title: id,
        piName: 'PI',
        institution: 'X',
        requested: 100,
        challengeId: id.startsWith('a') ? 'ch-a' : 'ch-b',
      })),
      reviewers: [
        { id: 'r1', name: 'R1' },
        { id: 'r2', name: 'R2' },
      ],
      reviews: Object.entries(scores).flatMap(([application, score]) =>
        ['r1', 'r2'].map((reviewer) => ({
          application,
          reviewer,
          status: 'submitted' as const,
          scores: { excellence: score, impact: score },
        })),
      ),
    });
    const refused = await dispatcher.invoke('results.rank', { callId: 'c', method: 'mean', fundable: 2 }, en);
    expect(refused).toMatchObject({ ok: false, code: 'results.errors.challengeLineFixed' });
    const ranked = await call(dispatcher, 'results.rank', {
      callId: 'JB-1',
      method: 'mean',
    });
    const groups = Object.fromEntries(
      ranked.summary.applications.map((a) => [a.application, [a.rank, a.group]]),
    );
    expect(groups).toEqual({
      a1: [1, 'funded'],
      a2: [2, 'rejected'],
      a3: [3, 'rejected'],
      b2: [1, 'funded'],
      b1: [2.5, 'lottery'],
      b3: [2.5, 'lottery'],
    });
    const shown = await call(dispatcher, 'results.view', { callId: 'c' });
    expect(shown.run?.fundingLines).toEqual({ 'ch-a': 1, 'ch-b': 2.5 });
    expect(shown.lottery).toMatchObject([{ pool: 'ch-b', places: 1, candidates: ['b1', 'b3'] }]);
    // A pool is named by its challenge's code (what the CLI's --pool takes) or id.
    const draw = await call(dispatcher, 'results.lottery.draw', {
      callId: 'JB-1',
      runId: ranked.runId,
      pool: 'B',
      seed: '榜单乙',
    });
    expect(draw).toMatchObject({ pool: 'ch-b', record: { places: 1, candidates: ['b1', 'b3'] } });
    expect(draw.record.selected).toHaveLength(1);
    await expect(
      dispatcher.invoke(
        'results.lottery.draw',
        { callId: 'c', runId: ranked.runId, pool: 'A', seed: 'x' },
        en,
      ),
    ).resolves.toMatchObject({ ok: false, code: 'results.errors.noLotteryPool' });
  });

  it('accepts a seed in any script and treats its Unicode forms alike', async () => {
    const { dispatcher } = await officeWithDemo();
    const options = {
      callId: DEMO_CALL_ID,
      method: 'bayes' as const,
      fundable: 5,
      iterations: 300,
      burnIn: 100,
    };
    const composed = await call(dispatcher, 'results.rank', {
      ...options,
      seed: '评审会 café',
    });
    const decomposed = await call(dispatcher, 'results.rank', {
      ...options,
      seed: '评审会 cafe\u0301',
    });
    expect(composed.seed).toBe('评审会 café');
    expect(decomposed.seed).toBe('评审会 café');
    expect(decomposed.summary).toEqual(composed.summary);
    const control = await dispatcher.invoke('results.rank', { ...options, seed: 'a\u0000b' }, en);
    expect(control).toMatchObject({ ok: false, code: 'errors.invalidRequest' });
  });
});
