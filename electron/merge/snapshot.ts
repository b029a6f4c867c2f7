import type { Db } from '../../db/connection';
import { findCurrentKey } from '../../db/repositories/keys';
import { listCallRubrics, listReviewerSenders } from '../../db/repositories/merge';
import { rubricSchema, type Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { parseJsonText } from '../../shared/json/parse';
import type { Services } from '../core/context';
import { unlockPrivateKey } from '../keys/key-store';
import type { VerifySnapshot } from './verify-bundle';

/**
 * What the verify stage needs from the workspace, read once per merge run: the office's X25519 key pair
 * (the private key unlocked through electron/keys/key-store.ts), every call's current rubric and
 * every reviewer's enrolment state.
 */
export function loadVerifySnapshot(
  db: Db,
  services: Pick<Services, 'keyProtector' | 'passphraseProtector'>,
): VerifySnapshot {
  const key = findCurrentKey(db, 'office-encryption');
  if (!key) throw new AppError('merge.errors.noOfficeKey');
  const privateKey = unlockPrivateKey(key, 'X25519', services);
  const calls: VerifySnapshot['calls'] = {};
  for (const call of listCallRubrics(db)) {
    calls[call.id] = {
      code: call.code,
      rubric: call.rubricJson === null ? null : parseRubric(call.rubricJson),
    };
  }
  const senders: VerifySnapshot['senders'] = {};
  for (const { id, ...sender } of listReviewerSenders(db)) senders[id] = sender;
  return {
    office: { encryptionPublicKey: key.publicKey, encryptionPrivateKey: privateKey },
    calls,
    senders,
  };
}

function parseRubric(json: string): Rubric | null {
  const parsed = rubricSchema.safeParse(parseJsonText(json));
  return parsed.success ? parsed.data : null;
}
