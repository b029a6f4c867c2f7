import { z } from 'zod';
import { channel } from './channel';

/**
 * How the open workspace's private keys rest (docs/security.md):
 * - `os-keystore`: this door protects keys with the operating system's key store;
 * - `unlocked` / `locked`: an office passphrase is set and is / is not unlocked in this session;
 * - `unprotected`: no OS key store and no passphrase yet — set one before keys are made.
 */
export const keyStateSchema = z.enum(['os-keystore', 'unlocked', 'locked', 'unprotected']);
export type KeyState = z.infer<typeof keyStateSchema>;

/** The shortest office passphrase accepted (checked by the handler, shown by the prompt). */
export const PASSPHRASE_MIN_LENGTH = 12;

const passphraseSchema = z.string().min(1).max(1024);

export const keysChannels = {
  'keys.status': channel(z.object({}), z.object({ state: keyStateSchema })),
  /** Unlocks the workspace's keys for this session; a wrong passphrase is refused. */
  'keys.unlock': channel(z.object({ passphrase: passphraseSchema }), z.object({ state: keyStateSchema })),
  /**
   * Sets the office passphrase (first time: every unprotected key is protected with it, in one
   * transaction) or changes it (every key under the old one is re-wrapped; the old one must be
   * unlocked in this session or given as `current`).
   */
  'keys.setPassphrase': channel(
    z.object({ passphrase: passphraseSchema, current: passphraseSchema.optional() }),
    z.object({ state: keyStateSchema, protectedKeys: z.number().int().min(0) }),
  ),
};
