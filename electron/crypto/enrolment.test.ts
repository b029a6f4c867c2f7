import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { enrolmentHmac, enrolmentProofValid } from './enrolment';
import { hmacSha256Base64url } from './hash';

describe('enrolment proof', () => {
  const secret = base64urlEncode(new Uint8Array(32).fill(7));
  const publicKey = base64urlEncode(new Uint8Array(32).fill(9));

  it('is HMAC-SHA256 keyed with the decoded secret over the public key text', () => {
    expect(enrolmentHmac(secret, publicKey)).toBe(hmacSha256Base64url(new Uint8Array(32).fill(7), publicKey));
    expect(enrolmentHmac('not base64url!', publicKey)).toBeUndefined();
  });

  it('accepts the proof made with the secret and refuses any other', () => {
    const hmac = enrolmentHmac(secret, publicKey) as string;
    expect(enrolmentProofValid(secret, publicKey, hmac)).toBe(true);
    const flipped = `${hmac.slice(0, -2)}${hmac.endsWith('AA') ? 'AQ' : 'AA'}`;
    expect(enrolmentProofValid(secret, publicKey, flipped)).toBe(false);
    expect(enrolmentProofValid(secret, publicKey, hmac.slice(0, -4))).toBe(false);
    expect(enrolmentProofValid(secret, publicKey, '')).toBe(false);
    expect(enrolmentProofValid(secret, publicKey, `${hmac}!`)).toBe(false);
    expect(enrolmentProofValid('not base64url!', publicKey, hmac)).toBe(false);
  });
});
