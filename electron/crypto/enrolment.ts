import { base64urlDecode } from '../../shared/bundle/encoding';
import { hmacSha256Base64url, verifyHmacSha256 } from './hash';

/**
 * Enrolment proof (docs/design-rules.md, Bundles): the reviewer's first bundle carries
 * `hmac = base64url(HMAC-SHA256(key = base64url-decoded enrolment secret, data = UTF-8 of the
 * signing public key as written in the manifest))`. Only whoever opened the reviewer's assignment
 * package knows the secret, so the office can bind that key to that reviewer. The reviewer side
 * writes it ({@link enrolmentHmac}); the office side checks it ({@link enrolmentProofValid}).
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
  const key = base64urlDecode(enrolmentSecret);
  const given = base64urlDecode(hmac);
  // verifyHmacSha256 compares with crypto.timingSafeEqual.
  return key !== undefined && given !== undefined && verifyHmacSha256(key, signingPublicKey, given);
}
