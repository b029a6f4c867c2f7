/** Node-only cryptography for bundles and identities (no 'electron' import). */
export { secureRandomBytes, generatePassphrase, type RandomBytes } from './random';
export {
  sha256,
  sha256Hex,
  createSha256,
  hmacSha256,
  hmacSha256Base64url,
  verifyHmacSha256,
  type Sha256Stream,
} from './hash';
export type { KeyPair } from './keys';
export {
  ED25519_SIGNATURE_BYTES,
  ed25519PublicKey,
  ed25519Sign,
  ed25519Verify,
  generateSigningKeyPair,
  signingPublicKeyFromPrivate,
  sign,
  verify,
  assertSigningKeyPair,
} from './ed25519';
export {
  X25519_HKDF_INFO,
  x25519,
  x25519PublicKey,
  generateEncryptionKeyPair,
  encryptionPublicKeyFromPrivate,
  deriveSealingKey,
  deriveOpeningKey,
  sealToPublicKey,
  openSealedBox,
} from './x25519';
export { AES_KEY_BYTES, GCM_NONCE_BYTES, GCM_TAG_BYTES, GCM_OVERHEAD, aesGcmSeal, aesGcmOpen } from './aead';
export {
  DEFAULT_SCRYPT_PARAMS,
  SCRYPT_SALT_BYTES,
  checkScryptParams,
  deriveKeyFromPassphrase,
  encryptWithPassphrase,
  decryptWithPassphrase,
  type ScryptParams,
  type PassphraseSealed,
} from './scrypt';
