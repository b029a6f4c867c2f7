import { base64urlDecode } from '../../shared/bundle/encoding';
import { hmacSha256Base64url } from '../crypto/hash';

/**
 * Enrolment proof (docs/design-rules.md, Bundles): the reviewer's first bundle carries
 * `hmac = base64url(HMAC-SHA256(key = base64url-decoded enrolment secret, data = UTF-8 of the
 * signing public key as written in the manifest))`. Only whoever opened the reviewer's assignment
 * package knows the secret, so the office can bind that key to that reviewer.
 */
export function enrolmentHmac(enrolmentSecret: string, signingPublicKey: string): string | undefined {
  const key = base64urlDecode(enrolmentSecret);
  return key ? hmacSha256Base64url(key, signingPublicKey) : undefined;
}

/** Constant-time check of a bundle's enrolment proof against the secret the office issued. */
export function enrolmentProofValid(
  enrolmentSecret: string,
  signingPublicKey: string,
  hmac: string,
): boolean {
  const expected = enrolmentHmac(enrolmentSecret, signingPublicKey);
  if (expected === undefined || expected.length !== hmac.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i += 1) difference |= expected.charCodeAt(i) ^ hmac.charCodeAt(i);
  return difference === 0;
}
