import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { toU8 } from './bytes';

export function sha256(data: Uint8Array): Uint8Array {
  return toU8(createHash('sha256').update(data).digest());
}

/** Lower-case hex SHA-256. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Incremental SHA-256 for data read in chunks. */
export interface Sha256Stream {
  update(chunk: Uint8Array): void;
  hex(): string;
}

export function createSha256(): Sha256Stream {
  const h = createHash('sha256');
  return { update: (chunk) => void h.update(chunk), hex: () => h.digest('hex') };
}

export function hmacSha256(key: Uint8Array, data: Uint8Array | string): Uint8Array {
  return toU8(createHmac('sha256', key).update(data).digest());
}

export function hmacSha256Base64url(key: Uint8Array, data: Uint8Array | string): string {
  return base64urlEncode(hmacSha256(key, data));
}

/** Constant-time comparison of an HMAC-SHA256 tag. */
export function verifyHmacSha256(key: Uint8Array, data: Uint8Array | string, mac: Uint8Array): boolean {
  const expected = hmacSha256(key, data);
  return mac.length === expected.length && timingSafeEqual(mac, expected);
}
