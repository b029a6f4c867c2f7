import type { ParseArgsConfig } from 'node:util';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { Language } from '../../shared/i18n/catalogs';
import type { Result } from '../../shared/result';
import type { Dispatcher } from '../core/registry';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;
export type CliValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CliInput {
  values: CliValues;
  positionals: string[];
  language: Language;
  dispatcher: Dispatcher;
  /** Calls a handler; progress goes to stderr unless --json asked for quiet output. */
  invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

/** A subcommand: parses its flags, calls handlers, and says how to print the value for a person. */
export interface CliCommand {
  path: string[];
  /** i18n key of the one-line summary. */
  summary: string;
  usage: string;
  options: CliOptions;
  allowPositionals?: boolean;
  /** The door this command opens; the browser shell reports itself as such to the renderer. */
  door?: 'cli' | 'browser';
  run(input: CliInput): Promise<Result<unknown>>;
  human?(value: never, language: Language): string;
}

/** Thrown for a usage error (exit 2): missing or malformed flags. */
export class UsageError extends Error {}

export function requireString(values: CliValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`--${name} is required`);
  return value;
}

export function optionalNumber(values: CliValues, name: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const parsed = typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed)) throw new UsageError(`--${name} must be a number`);
  return parsed;
}

/** Opens --workspace for commands that work on one, then runs `then` with it open. */
export async function inWorkspace<T>(
  input: CliInput,
  then: () => Promise<Result<T>>,
): Promise<Result<T> | Result<unknown>> {
  const opened = await input.invoke('workspace.open', { path: requireString(input.values, 'workspace') });
  if (!opened.ok) return opened;
  return then();
}
