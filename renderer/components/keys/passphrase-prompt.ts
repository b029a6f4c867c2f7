import { create } from 'zustand';
import type { ChannelName, PeerdeskApi } from '../../../shared/contract';
import type { Err } from '../../../shared/result';

/**
 * `unlock`: the workspace has a passphrase, not yet given; `set`: it has none yet; `choose`: a
 * reviewer's first package makes an identity key, to be sealed under a passphrase chosen now.
 */
export type PromptMode = 'unlock' | 'set' | 'choose';

interface PromptState {
  /**
   * The open prompt, if any; `finish(true)` once the keys are unlocked (in `choose` mode with the
   * chosen passphrase), `finish(false)` on cancel.
   */
  pending: { mode: PromptMode; finish: (unlocked: boolean, chosen?: string) => void } | null;
}

export const usePassphrasePrompt = create<PromptState>(() => ({ pending: null }));

let asking: Promise<boolean> | null = null;

/** Opens the prompt (or joins the one already open) and resolves when it closes. */
export function askForPassphrase(mode: PromptMode): Promise<boolean> {
  asking ??= new Promise<boolean>((resolve) => {
    usePassphrasePrompt.setState({
      pending: {
        mode,
        finish: (unlocked) => {
          asking = null;
          usePassphrasePrompt.setState({ pending: null });
          resolve(unlocked);
        },
      },
    });
  });
  return asking;
}

/** Opens the prompt to choose a reviewer passphrase; resolves with it, or null on cancel. */
export function choosePassphrase(): Promise<string | null> {
  return new Promise<string | null>((resolve) => {
    usePassphrasePrompt.setState({
      pending: {
        mode: 'choose',
        finish: (chosen, passphrase) => {
          usePassphrasePrompt.setState({ pending: null });
          resolve(chosen && passphrase !== undefined ? passphrase : null);
        },
      },
    });
  });
}

/** Which prompt a refusal calls for: none unless the office passphrase would let the call through. */
export function promptModeFor(refusal: Err): PromptMode | null {
  if (refusal.code === 'keys.errors.passphraseRequired') return 'set';
  if (refusal.code === 'keys.errors.locked' && refusal.params?.protection === 'passphrase') return 'unlock';
  return null;
}

/**
 * The renderer's API with the passphrase prompt in front: a call refused because the office keys
 * are locked (or would be made unprotected) opens the prompt, and is retried once after it unlocked
 * them. A refused call changed nothing, so the retry is safe; on cancel the refusal is answered.
 * The `keys.*` channels themselves pass straight through (the prompt calls them).
 */
/** The channels whose first use makes the reviewer's identity key, and so take `keyPassphrase`. */
const SEALS_NEW_KEY: ReadonlySet<string> = new Set<ChannelName>([
  'reviewer.openPackage',
  'reviewer.panel.open',
]);

export function withPassphrasePrompt(
  inner: PeerdeskApi,
  ask = askForPassphrase,
  choose = choosePassphrase,
): PeerdeskApi {
  return {
    async invoke(channel, request, options) {
      const result = await inner.invoke(channel, request, options);
      if (result.ok || channel.startsWith('keys.')) return result;
      // A reviewer's (or panel member's) first package: the key it makes is sealed under the
      // passphrase chosen here.
      if (SEALS_NEW_KEY.has(channel) && result.code === 'keys.errors.reviewerPassphraseRequired') {
        const keyPassphrase = await choose();
        if (keyPassphrase === null) return result;
        return inner.invoke(channel, { ...request, keyPassphrase }, options);
      }
      const mode = promptModeFor(result);
      if (!mode || !(await ask(mode))) return result;
      return inner.invoke(channel, request, options);
    },
  };
}
