import type { Db } from '../../db/connection';
import { findWorkspaceReviewer, type ReviewerRow } from '../../db/repositories/reviewer-identity';
import { canonicalBytes } from '../../shared/canonical/jcs';
import { AppError } from '../../shared/errors';
import { writeBundle } from '../bundle/envelope';
import type { Services } from '../core/context';
import { enrolmentHmac } from '../crypto/enrolment';
import type { KeyPair } from '../crypto/keys';
import { loadSigningKey } from './identity';

/**
 * What a reviewer's bundles to the office (review bundles, ballot bundles) have in common: who
 * sends them, the key they are signed with and its enrolment proof, and how they are sealed.
 */

/** The workspace's own reviewer; refused when the workspace has none yet. */
export function requireWorkspaceReviewer(db: Db): ReviewerRow {
  const me = findWorkspaceReviewer(db);
  if (!me) throw new AppError('reviewer.errors.noIdentity');
  return me;
}

/**
 * The reviewer's signing key and the proof, made with the enrolment secret of the package being
 * answered, that the office gave them that secret; refused when the package's secret is unusable.
 */
export function senderKey(
  db: Db,
  services: Services,
  enrolmentSecret: string,
): { key: KeyPair; enrolment: { signingPublicKey: string; hmac: string } } {
  const key = loadSigningKey(db, services);
  const hmac = enrolmentHmac(enrolmentSecret, key.publicKey);
  if (hmac === undefined)
    throw new AppError('reviewer.errors.packageInconsistent', { detail: 'enrolment secret' });
  return { key, enrolment: { signingPublicKey: key.publicKey, hmac } };
}

/** A bundle from the reviewer to the office: signed with their key, encrypted to the office's. */
export function sealForOffice(
  services: Services,
  input: {
    kind: 'review-bundle' | 'ballot-bundle';
    bundleId: string;
    call: { id: string; code: string };
    me: ReviewerRow;
    key: KeyPair;
    office: { id: string; encryptionPublicKey: string };
    createdAt: string;
    content: unknown;
  },
): Promise<Uint8Array> {
  const { me, key } = input;
  return writeBundle({
    kind: input.kind,
    bundleId: input.bundleId,
    callId: input.call.id,
    callCode: input.call.code,
    sender: {
      role: 'reviewer',
      id: me.id,
      name: me.name.slice(0, 200) || undefined,
      signingPublicKey: key.publicKey,
    },
    recipient: { role: 'office', id: input.office.id },
    createdAt: input.createdAt,
    entries: [{ name: 'content.json', bytes: canonicalBytes(input.content) }],
    signingPrivateKey: key.privateKey,
    encryption: { scheme: 'publicKey', recipientPublicKey: input.office.encryptionPublicKey },
    random: services.randomBytes,
  });
}
