import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  listPrivateKeys,
  readPassphraseSetting,
  replacePrivateKey,
  writePassphraseSetting,
  type ProtectedKeyRow,
} from '../../db/repositories/keys-passphrase';
import { base64urlDecode } from '../../shared/bundle/encoding';
import type { KeyState } from '../../shared/contract/keys';
import { AppError } from '../../shared/errors';
import type { KeyProtector, Services } from '../core/context';
import type { Session } from '../core/session';
import { unlockPrivateKey, type KeyCurve } from './key-store';
import { newPassphraseSetting, unlockPassphraseSetting } from './passphrase-protector';

/**
 * The office passphrase use cases behind `keys.status`, `keys.unlock` and `keys.setPassphrase`.
 * A set passphrase wins over the door's OS key store in the state shown, because keys stored under
 * it can only be opened with it.
 */
export function keyState(db: Db, services: Pick<Services, 'keyProtector'>, session: Session): KeyState {
  if (readPassphraseSetting(db)) return session.passphraseProtector ? 'unlocked' : 'locked';
  return services.keyProtector ? 'os-keystore' : 'unprotected';
}

export async function unlockOfficeKeys(
  passphrase: string,
  services: Services,
  session: Session,
): Promise<KeyState> {
  const { db } = session.require();
  const setting = readPassphraseSetting(db);
  if (!setting) throw new AppError('keys.errors.noPassphrase');
  session.unlockKeys(await unlockPassphraseSetting(passphrase, setting, services));
  return keyState(db, services, session);
}

const curveOf: Record<ProtectedKeyRow['purpose'], KeyCurve> = {
  'office-signing': 'Ed25519',
  'office-encryption': 'X25519',
  'reviewer-signing': 'Ed25519',
};

/**
 * Sets or changes the passphrase. Every key stored unprotected or under the old passphrase is
 * (re)sealed under the new one, with the new setting, in one transaction: a failure changes nothing.
 * Keys under the OS key store stay there.
 */
export async function setOfficePassphrase(
  request: { passphrase: string; current?: string },
  services: Services,
  session: Session,
): Promise<{ state: KeyState; protectedKeys: number }> {
  const { db } = session.require();
  const existing = readPassphraseSetting(db);
  let previous: KeyProtector | undefined;
  if (existing) {
    previous =
      session.passphraseProtector ??
      (request.current === undefined
        ? undefined
        : await unlockPassphraseSetting(request.current, existing, services));
    if (!previous) throw new AppError('keys.errors.locked', { protection: 'passphrase' });
  }
  const next = await newPassphraseSetting(request.passphrase, services);
  const opener = { passphraseProtector: previous };
  const rows = listPrivateKeys(db, ['none', 'passphrase']);
  db.transaction(() => {
    for (const row of rows) {
      const raw = base64urlDecode(unlockPrivateKey(row, curveOf[row.purpose], opener));
      if (!raw) throw new Error('unlocked key is not base64url');
      replacePrivateKey(db, row.id, next.protector.protect(raw), 'passphrase');
      raw.fill(0);
    }
    writePassphraseSetting(db, next.setting);
    appendAudit(db, {
      at: services.now().toISOString(),
      actor: 'local',
      action: existing ? 'keys.changePassphrase' : 'keys.setPassphrase',
      details: { protectedKeys: rows.length },
    });
  })();
  session.unlockKeys(next.protector);
  return { state: keyState(db, services, session), protectedKeys: rows.length };
}
