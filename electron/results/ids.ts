import { hexEncode } from '../../shared/bundle/encoding';

/** A lottery seed the app proposes: 128 bits as hex, so the officer can read it out and record it. */
export function generatedSeed(randomBytes: (length: number) => Uint8Array): string {
  return hexEncode(randomBytes(16));
}
