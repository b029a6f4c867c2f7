/**
 * Raw 32-byte curve keys ⇄ Node KeyObjects. Public keys go in as JWK (`{ kty: 'OKP', crv, x }`);
 * private keys as PKCS#8 DER (Node's JWK import of a private OKP key also wants `x`, which is what
 * we are deriving). Raw keys travel as canonical unpadded base64url strings.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { base64urlDecode, base64urlEncode } from '../../shared/bundle/encoding';

export type Curve = 'Ed25519' | 'X25519';

// PKCS#8 PrivateKeyInfo header for a 32-byte OKP private key (RFC 8410): OID 1.3.101.112 / .110.
const PKCS8_PREFIX: Record<Curve, string> = {
  Ed25519: '302e020100300506032b657004220420',
  X25519: '302e020100300506032b656e04220420',
};

export function decodeKey32(text: string, what: string): Uint8Array {
  const bytes = base64urlDecode(text);
  if (!bytes || bytes.length !== 32) {
    throw new AppError('bundle.errors.invalidKey', { detail: `${what} is not 32 bytes of base64url` });
  }
  return bytes;
}

export function privateKeyObject(curve: Curve, raw: Uint8Array): KeyObject {
  if (raw.length !== 32)
    throw new AppError('bundle.errors.invalidKey', { detail: `${curve} private key length` });
  const der = Buffer.concat([Buffer.from(PKCS8_PREFIX[curve], 'hex'), raw]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function publicKeyObject(curve: Curve, raw: Uint8Array): KeyObject {
  if (raw.length !== 32)
    throw new AppError('bundle.errors.invalidKey', { detail: `${curve} public key length` });
  return createPublicKey({ key: { kty: 'OKP', crv: curve, x: base64urlEncode(raw) }, format: 'jwk' });
}

export function rawPublicKey(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  const x = typeof jwk.x === 'string' ? base64urlDecode(jwk.x) : undefined;
  if (!x || x.length !== 32)
    throw new AppError('bundle.errors.invalidKey', { detail: 'cannot export public key' });
  return x;
}

/** A JSON-friendly key pair: raw 32-byte keys in canonical base64url. */
export interface KeyPair {
  publicKey: string;
  privateKey: string;
}
