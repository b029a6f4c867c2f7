import { describe, expect, it } from 'vitest';
import { expectOk, mergedDemo } from '../../test/support/dispatch';

/**
 * The whole office path on the demo: packages issued, reviewers simulated, their bundles merged,
 * then ranked, drawn, decided, exported and archived through the results channels.
 */
describe('results on the demo office after merge', () => {
  it('ranks merged reviews of both demo calls and archives a verifiable results bundle', async () => {
    const { dispatcher, demo, merged } = await mergedDemo(7, { applications: 36, reviewers: 14 });
    expect(demo.simulation?.bundles).toBeGreaterThan(0);
    expect(merged.reports.every((report) => report.status === 'applied')).toBe(true);

    const calls = await expectOk(dispatcher, 'results.calls', {});
    const lumpSum = calls.find((call) => call.category === 'lump-sum');
    const challenge = calls.find((call) => call.category === 'challenge');
    expect(lumpSum?.submittedReviews).toBeGreaterThan(0);
    expect(challenge?.submittedReviews).toBeGreaterThan(0);
    if (!lumpSum || !challenge) throw new Error('the demo has a lump-sum call and a challenge call');

    const envelope = lumpSum.envelope ?? 10_000_000;
    const ranked = await expectOk(dispatcher, 'results.rank', {
      callId: lumpSum.id,
      method: 'bayes',
      envelope,
      seed: 'demo',
    });
    expect(ranked.summary.n).toBeGreaterThan(0);
    const view = await expectOk(dispatcher, 'results.view', { callId: lumpSum.id });
    const funded = view.applications.filter((a) => a.ranking?.group === 'funded');
    expect(funded.reduce((sum, a) => sum + (a.award.amount ?? 0), 0)).toBeLessThanOrEqual(envelope);
    // Lump-sum awards come from the reviewers' budget opinions, capped at the request.
    for (const application of view.applications.filter((a) => a.award.basis === 'median')) {
      expect(application.award.amount).toBeLessThanOrEqual(application.requested);
    }
    for (const pool of view.lottery) {
      const draw = await expectOk(dispatcher, 'results.lottery.draw', {
        callId: lumpSum.id,
        runId: ranked.runId,
        pool: pool.pool,
      });
      expect(draw.record.candidates).toEqual(pool.candidates);
    }
    // Fund what the line funds and what the lottery drew: the money stays within the envelope.
    const after = await expectOk(dispatcher, 'results.view', {
      callId: lumpSum.id,
    });
    const toFund = after.applications.filter(
      (a) => a.ranking?.group === 'funded' || a.lottery === 'selected',
    );
    expect(toFund.length).toBeGreaterThan(0);
    const decided = await expectOk(dispatcher, 'results.decide', {
      callId: lumpSum.id,
      decisions: toFund.map((a) => ({
        applicationId: a.id,
        outcome: 'fund',
        amount: a.award.amount,
        note: '',
      })),
    });
    expect(decided.committed).toBeLessThanOrEqual(envelope);
    expect(decided.funded).toBe(toFund.length);

    const challengeRun = await expectOk(dispatcher, 'results.rank', {
      callId: challenge.code,
      method: 'mean',
    });
    const challengeView = await expectOk(dispatcher, 'results.view', {
      callId: challenge.id,
    });
    expect(Object.keys(challengeView.run?.fundingLines ?? {}).length).toBeGreaterThan(0);
    expect(challengeRun.summary.applications.every((a) => a.group !== null)).toBe(true);

    // The demo issued packages, so the office has its signing key: the archive bundle verifies.
    const bundle = await expectOk(dispatcher, 'results.bundle', {
      callId: lumpSum.id,
      encrypt: true,
    });
    const checked = await expectOk(dispatcher, 'results.bundle.verify', {
      bytes: bundle.bytes,
      passphrase: bundle.passphrase,
    });
    expect(checked.rankingReproduced).toBe(true);
    expect(checked.draws.every((draw) => draw.matches)).toBe(true);
    expect(checked.decisions).toBe(toFund.length);
  });
});
