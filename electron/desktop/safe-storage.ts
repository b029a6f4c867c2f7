import { safeStorage } from 'electron';
import { base64urlDecode, base64urlEncode } from '../../shared/bundle/encoding';
import type { KeyProtector } from '../core/context';

/**
 * Private keys at rest through the operating system's key store (Keychain, DPAPI, libsecret).
 * Undefined when there is none worth the name, e.g. Linux without a keyring, where Electron falls
 * back to a hard-coded password: keys are then stored as they are and marked 'none'.
 * Call after the app is ready.
 */
export function safeStorageProtector(): KeyProtector | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return undefined;
  return {
    kind: 'safe-storage',
    protect: (secret) => new Uint8Array(safeStorage.encryptString(base64urlEncode(secret))),
    unprotect: (stored) => {
      const secret = base64urlDecode(safeStorage.decryptString(Buffer.from(stored)));
      if (!secret) throw new Error('safeStorage returned a malformed key');
      return secret;
    },
  };
}
