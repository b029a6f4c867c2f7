import { hexEncode } from '../../shared/bundle/encoding';

/** An RFC 9562 version-4 UUID from the injected random source (ctx.services.randomBytes). */
export function newId(randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = hexEncode(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A lottery seed the app proposes: 128 bits as hex, so the officer can read it out and record it. */
export function generatedSeed(randomBytes: (length: number) => Uint8Array): string {
  return hexEncode(randomBytes(16));
}
