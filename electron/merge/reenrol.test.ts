import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, enrolledKey, storedReview } from '../../test/support/db/merge-inspect';
import { listAudit } from '../../db/repositories/audit-log';
import { enrolmentSecret } from '../../db/repositories/packages';
import type { MergeRunResult } from '../../shared/contract/merge';
import { generateSigningKeyPair } from '../crypto';
import { seededByteSource } from '../../shared/random/bytes';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../test/support/merge/office';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
  type Scenario,
  type ScenarioReviewer,
} from '../../test/support/merge/scenario';

let scenario: Scenario;
let office: OfficeWorkspace;

async function merge(name: string, bytes: Uint8Array): Promise<MergeRunResult['reports'][number]> {
  const result = await office.dispatcher.invoke(
    'merge.importBundles',
    { files: [{ name, bytes }] },
    { language: 'en' },
  );
  if (!result.ok) throw new Error(result.message);
  return (result.value as MergeRunResult).reports[0]!;
}

beforeEach(async () => {
  scenario = createScenario({ seed: 'reenrol', reviewers: 2, applications: 4, perReviewer: 2 });
  office = await openOfficeWorkspace(scenario);
});
afterEach(() => office.dispatcher.session.close());

describe('re-enrolling a reviewer on a second laptop', () => {
  it('refuses the new key before, pins it after, keeps the old reviews and audits the reason', async () => {
    const first: ScenarioReviewer = scenario.reviewers[0]!;
    const [oldApp, newApp] = first.applications as [string, string];
    const oldReview = versioned(completeReview(scenario, first.id, oldApp, 1), 1);
    const oldBundle = await buildReviewBundle(scenario, first, [oldReview]);
    expect(await merge('laptop-1.pdrev', oldBundle)).toMatchObject({ status: 'applied' });
    expect(enrolledKey(office.db, first.id)).toBe(first.signing.publicKey);

    // The second laptop: a new key pair, same reviewer.
    const secondLaptop = { ...first, signing: generateSigningKeyPair(seededByteSource('laptop-2')) };
    const newReview = versioned(completeReview(scenario, first.id, newApp, 2), 1);
    const refused = await merge(
      'laptop-2.pdrev',
      await buildReviewBundle(scenario, secondLaptop, [newReview]),
    );
    expect(refused).toMatchObject({ status: 'refused', reason: { code: 'merge.errors.unknownKey' } });

    const listed = await office.dispatcher.invoke('reviewers.list', {}, { language: 'en' });
    expect(listed.ok && listed.value.find((r) => r.id === first.id)?.keyStatus).toBe('enrolled');
    const reenrolled = await office.dispatcher.invoke(
      'reviewers.reenrol',
      { reviewerId: first.id, reason: '专家更换了电脑' },
      { language: 'en' },
    );
    expect(reenrolled).toMatchObject({ ok: true, value: { keyStatus: 'awaiting-re-enrolment' } });
    const audit = listAudit(office.db, { limit: 100 }).filter(
      (entry) => entry.action === 'reviewers.reenrol',
    );
    expect(audit).toEqual([
      expect.objectContaining({
        subject: 'reviewer1@example.org',
        details: expect.objectContaining({ reason: '专家更换了电脑' }),
      }),
    ]);

    // The very bundle merged before is recognised and changes nothing; any other bundle from the
    // old laptop proves its key with the retired secret and is refused.
    expect(await merge('laptop-1-again.pdrev', oldBundle)).toMatchObject({ status: 'noop' });
    const oldLaptopLater = await buildReviewBundle(scenario, first, [
      versioned(completeReview(scenario, first.id, oldApp, 3), 2),
    ]);
    expect(await merge('laptop-1-later.pdrev', oldLaptopLater)).toMatchObject({ status: 'refused' });

    // The new package carries the new secret; the second laptop's bundle proves its key with it.
    const newSecret = enrolmentSecret(office.db, first.id)!;
    expect(newSecret).not.toBe(first.enrolmentSecret);
    const reissued = { ...secondLaptop, enrolmentSecret: newSecret };
    const accepted = await merge(
      'laptop-2-again.pdrev',
      await buildReviewBundle(scenario, reissued, [newReview]),
    );
    expect(accepted).toMatchObject({ status: 'applied', new: 1 });
    expect(enrolledKey(office.db, first.id)).toBe(secondLaptop.signing.publicKey);
    expect(
      storedReview(office.db, { callId: scenario.callId, applicationId: oldApp, reviewerId: first.id }),
    ).toBeDefined();
    expect(countRows(office.db, 'reviews', { reviewer_id: first.id })).toBe(2);

    const after = await office.dispatcher.invoke('reviewers.list', {}, { language: 'en' });
    expect(after.ok && after.value.find((r) => r.id === first.id)).toMatchObject({
      keyStatus: 'enrolled',
      keyFingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    // And the old key, once the new one is pinned, is an unknown key.
    expect(await merge('laptop-1-third.pdrev', oldLaptopLater)).toMatchObject({
      status: 'refused',
      reason: { code: 'merge.errors.unknownKey' },
    });
  });
});
