import { base64urlDecode } from '../../shared/bundle/encoding';
import { AppError } from '../../shared/errors';
import { hmacSha256Base64url } from '../crypto/hash';

/**
 * The enrolment proof a review bundle carries: HMAC-SHA256 keyed with the bytes of the package's
 * base64url enrolment secret, over the UTF-8 text of the reviewer's base64url signing public key,
 * written as unpadded base64url. The office recomputes it from the secret it put in the package.
 */
export function enrolmentHmac(enrolmentSecret: string, signingPublicKey: string): string {
  const key = base64urlDecode(enrolmentSecret);
  if (!key) throw new AppError('reviewer.errors.packageInconsistent', { detail: 'enrolment secret' });
  return hmacSha256Base64url(key, signingPublicKey);
}
