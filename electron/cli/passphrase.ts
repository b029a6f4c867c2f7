import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { Err, Result } from '../../shared/result';
import type { CliValues } from './command';

/** The environment variable the CLI reads the office passphrase from. */
export const PASSPHRASE_ENV = 'PEERDESK_OFFICE_PASSPHRASE';
/**
 * The environment variable the CLI reads a reviewer's own passphrase from: chosen by `reviewer
 * open` for a new identity key, and used to unlock it like the office passphrase.
 */
export const REVIEWER_PASSPHRASE_ENV = 'PEERDESK_REVIEWER_PASSPHRASE';

/**
 * The key passphrase for this run: `--passphrase-file FILE` (first line, trailing newline
 * dropped), else PEERDESK_OFFICE_PASSPHRASE, else PEERDESK_REVIEWER_PASSPHRASE, else none. Never an argv value: argv is visible to
 * every user of the machine (ps) and kept in shell history.
 */
export function cliPassphrase(values: CliValues, env: NodeJS.ProcessEnv): string | undefined {
  const file = values['passphrase-file'];
  if (typeof file === 'string') {
    try {
      return readFileSync(path.resolve(file), 'utf8').split(/\r?\n/)[0] ?? '';
    } catch (cause) {
      throw new AppError('keys.cli.passphraseFileUnreadable', { path: file }, cause);
    }
  }
  return envPassphrase(env, PASSPHRASE_ENV) ?? envPassphrase(env, REVIEWER_PASSPHRASE_ENV);
}

/** A passphrase from the environment; an empty variable counts as none. */
export function envPassphrase(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

type Invoke = <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

const NEEDS_PASSPHRASE = new Set(['keys.errors.locked', 'keys.errors.passphraseRequired']);

/**
 * Wraps the CLI's invoke: a call refused because the office keys are locked (or would be made
 * unprotected) is retried once after the passphrase unlocks them — or, on a workspace without one
 * yet, becomes its passphrase (`keys.setPassphrase`, which also protects existing keys). A refused
 * call changed nothing, so the retry is safe. Without a passphrase the refusal says how to give one.
 */
export function unlockingInvoke(invoke: Invoke, passphrase: string | undefined, language: Language): Invoke {
  let tried = false;
  return async (channel, request) => {
    const result = await invoke(channel, request);
    if (result.ok || !NEEDS_PASSPHRASE.has(result.code) || result.params?.protection === 'safe-storage')
      return result;
    if (passphrase === undefined || tried) return withHowTo(result, language);
    tried = true;
    const status = await invoke('keys.status', {});
    if (!status.ok) return status;
    const unlocked =
      status.value.state === 'unprotected'
        ? await invoke('keys.setPassphrase', { passphrase })
        : await invoke('keys.unlock', { passphrase });
    if (!unlocked.ok) return unlocked;
    return invoke(channel, request);
  };
}

function withHowTo(refusal: Err, language: Language): Err {
  return { ...refusal, message: `${refusal.message}\n${translate(language, 'keys.cli.howToUnlock')}` };
}
