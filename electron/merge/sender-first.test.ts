import { beforeAll, describe, expect, it } from 'vitest';
import { createMergeStore } from '../../db/repositories/merge';
import { generateEncryptionKeyPair, generateSigningKeyPair } from '../crypto';
import { seededByteSource } from '../../shared/random/bytes';
import { loadVerifySnapshot } from './snapshot';
import { openOfficeWorkspace } from '../../test/support/merge/office';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  uuidFrom,
  versioned,
  type Scenario,
  type ScenarioReviewer,
} from '../../test/support/merge/scenario';
import { verifyReviewBundle, type VerifySnapshot } from './verify-bundle';

/**
 * A bundle's sender is checked on the signed manifest before its payload is decrypted. To show the
 * payload was never decrypted, the snapshot holds the wrong office private key (with the right
 * public key): a bundle that reached decryption is refused with `bundle.errors.decryptFailed`, so
 * any other code means the refusal came first.
 */
const random = seededByteSource('sender-first');
let scenario: Scenario;
let enrolled: ScenarioReviewer;
let fresh: ScenarioReviewer;
let undecryptable: VerifySnapshot;

const reviewsOf = (reviewer: ScenarioReviewer) =>
  reviewer.applications.slice(0, 1).map((app) => versioned(completeReview(scenario, reviewer.id, app, 1), 1));

beforeAll(async () => {
  scenario = createScenario({ seed: 'sender-first', reviewers: 3, applications: 6, perReviewer: 2 });
  scenario.data.reviewers[2]!.enrolmentSecret = null;
  const office = await openOfficeWorkspace(scenario);
  [enrolled, fresh] = scenario.reviewers as [ScenarioReviewer, ScenarioReviewer];
  createMergeStore(office.db).enrol(enrolled.id, enrolled.signing.publicKey);
  const snapshot = loadVerifySnapshot(office.db, {});
  const wrongKey = generateEncryptionKeyPair(random).privateKey;
  undecryptable = { ...snapshot, office: { ...snapshot.office, encryptionPrivateKey: wrongKey } };
});

describe('bundle sender checked before decryption', () => {
  it('reaches decryption for a sender the workspace knows (the control)', async () => {
    const bundle = await buildReviewBundle(scenario, fresh, reviewsOf(fresh));
    await expect(verifyReviewBundle(bundle, undecryptable)).rejects.toMatchObject({
      code: 'bundle.errors.decryptFailed',
    });
  });

  it('refuses an enrolled reviewer’s bundle signed by an unknown key without decrypting it', async () => {
    const attacker = generateSigningKeyPair(random);
    const bundle = await buildReviewBundle(scenario, enrolled, reviewsOf(enrolled), { signingKey: attacker });
    await expect(verifyReviewBundle(bundle, undecryptable)).rejects.toMatchObject({
      code: 'merge.errors.unknownKey',
    });
  });

  it('refuses a sender who is not a reviewer of this workspace without decrypting it', async () => {
    const stranger = { ...fresh, id: uuidFrom(random), signing: generateSigningKeyPair(random) };
    const bundle = await buildReviewBundle(scenario, stranger, reviewsOf(fresh));
    await expect(verifyReviewBundle(bundle, undecryptable)).rejects.toMatchObject({
      code: 'merge.errors.unknownReviewer',
    });
  });

  it('refuses a reviewer who cannot enrol, and a bundle for another office, without decrypting', async () => {
    const unenrollable = scenario.reviewers[2]!;
    const bundle = await buildReviewBundle(scenario, unenrollable, reviewsOf(unenrollable));
    await expect(verifyReviewBundle(bundle, undecryptable)).rejects.toMatchObject({
      code: 'merge.errors.notEnrolled',
    });
    const elsewhere = await buildReviewBundle(scenario, fresh, reviewsOf(fresh), {
      recipientKey: generateEncryptionKeyPair(random).publicKey,
    });
    await expect(verifyReviewBundle(elsewhere, undecryptable)).rejects.toMatchObject({
      code: 'merge.errors.wrongRecipient',
    });
  });
});
