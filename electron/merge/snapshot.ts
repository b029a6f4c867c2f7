import type { Db } from '../../db/connection';
import { findOfficeEncryptionKey, listCallRubrics } from '../../db/repositories/merge';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { rubricSchema, type Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { parseJsonText } from '../../shared/json/parse';
import type { Services } from '../core/context';
import type { VerifySnapshot } from './verify-bundle';

/**
 * What the verify stage needs from the workspace, read once per merge run: the office's X25519 key pair
 * (the private key unprotected through the key protector when it is stored protected) and every
 * call's current rubric.
 */
export function loadVerifySnapshot(db: Db, services: Pick<Services, 'keyProtector'>): VerifySnapshot {
  const key = findOfficeEncryptionKey(db);
  if (!key?.privateKey) throw new AppError('merge.errors.noOfficeKey');
  let privateKey = key.privateKey;
  if (key.protection !== 'none') {
    if (services.keyProtector?.kind !== key.protection) {
      throw new AppError('merge.errors.officeKeyLocked', { protection: key.protection });
    }
    privateKey = services.keyProtector.unprotect(privateKey);
  }
  if (privateKey.length !== 32)
    throw new AppError('bundle.errors.invalidKey', { detail: 'office encryption key' });
  const calls: VerifySnapshot['calls'] = {};
  for (const call of listCallRubrics(db)) {
    calls[call.id] = {
      code: call.code,
      rubric: call.rubricJson === null ? null : parseRubric(call.rubricJson),
    };
  }
  return {
    office: { encryptionPublicKey: key.publicKey, encryptionPrivateKey: base64urlEncode(privateKey) },
    calls,
  };
}

function parseRubric(json: string): Rubric | null {
  const parsed = rubricSchema.safeParse(parseJsonText(json));
  return parsed.success ? parsed.data : null;
}
