import type { PassphraseSetting } from '../../db/repositories/keys-passphrase';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/contract/keys';
import { AppError } from '../../shared/errors';
import type { KeyProtector, Services } from '../core/context';
import { aesGcmOpen, aesGcmSeal } from '../crypto/aead';
import {
  DEFAULT_SCRYPT_PARAMS,
  SCRYPT_SALT_BYTES,
  deriveKeyFromPassphrase,
  type ScryptParams,
} from '../crypto/scrypt';

/**
 * The `'passphrase'` key protector: AES-256-GCM under a key derived from the office passphrase with
 * scrypt (electron/crypto/scrypt.ts), salted per workspace. The workspace keeps the parameters, the
 * salt and a check value (CHECK_TEXT sealed with the derived key), so a wrong passphrase is refused
 * with `keys.errors.wrongPassphrase` and never yields a garbage key. The derived key lives only in
 * the protector, which the Session holds until the workspace is closed.
 */

const CHECK_TEXT = new TextEncoder().encode('peerdesk office passphrase check v1');
const CHECK_AAD = new TextEncoder().encode('peerdesk/keys/passphrase-check/v1');
/** Binds each sealed private key to this use, so no other sealed value opens as a key. */
const PRIVATE_KEY_AAD = new TextEncoder().encode('peerdesk/keys/private-key/v1');

type RandomSource = Pick<Services, 'randomBytes'>;

function protectorWith(key: Uint8Array, services: RandomSource): KeyProtector {
  return {
    kind: 'passphrase',
    protect: (secret) => aesGcmSeal(key, secret, PRIVATE_KEY_AAD, services.randomBytes),
    unprotect: (stored) => {
      const secret = aesGcmOpen(key, stored, PRIVATE_KEY_AAD);
      if (!secret) throw new Error('the stored key does not open under the office passphrase');
      return secret;
    },
  };
}

/** Refuses a passphrase too short to be worth deriving a key from. */
export function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase.trim()].length < PASSPHRASE_MIN_LENGTH) {
    throw new AppError('keys.errors.passphraseTooShort', { min: PASSPHRASE_MIN_LENGTH });
  }
}

/** A new setting (fresh salt) for `passphrase`, and the protector it unlocks. */
export async function newPassphraseSetting(
  passphrase: string,
  services: RandomSource & Pick<Services, 'now'>,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<{ setting: PassphraseSetting; protector: KeyProtector }> {
  checkNewPassphrase(passphrase);
  const salt = services.randomBytes(SCRYPT_SALT_BYTES);
  const key = await deriveKeyFromPassphrase(passphrase, salt, params);
  const checkValue = aesGcmSeal(key, CHECK_TEXT, CHECK_AAD, services.randomBytes);
  return {
    setting: { salt, ...params, checkValue, setAt: services.now().toISOString() },
    protector: protectorWith(key, services),
  };
}

/** The protector for the workspace's setting, or `keys.errors.wrongPassphrase`. */
export async function unlockPassphraseSetting(
  passphrase: string,
  setting: PassphraseSetting,
  services: RandomSource,
): Promise<KeyProtector> {
  const key = await deriveKeyFromPassphrase(passphrase, setting.salt, setting);
  const check = aesGcmOpen(key, setting.checkValue, CHECK_AAD);
  if (!check || Buffer.compare(Buffer.from(check), Buffer.from(CHECK_TEXT)) !== 0) {
    throw new AppError('keys.errors.wrongPassphrase');
  }
  return protectorWith(key, services);
}
