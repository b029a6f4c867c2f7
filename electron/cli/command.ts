import type { ParseArgsConfig } from 'node:util';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { Language } from '../../shared/i18n/catalogs';
import { ok, type Result } from '../../shared/result';
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

interface CommandInfo {
  path: string[];
  /** i18n key of the one-line summary. */
  summary: string;
  usage: string;
  options: CliOptions;
  allowPositionals?: boolean;
  /** The door this command opens; the browser shell reports itself as such to the renderer. */
  door?: 'cli' | 'browser';
}

/**
 * A subcommand as written: parses its flags, calls handlers, and says how to print its value `T`
 * for a person (as JSON when it has no `human`) and for `--json` (all of it when it has no `json`).
 * Properties, not methods, so both are checked against `T` strictly.
 */
export interface CommandSpec<T> extends CommandInfo {
  run(input: CliInput): Promise<Result<T>>;
  human?: (value: T, language: Language) => string;
  json?: (value: T) => unknown;
}

/** What a command produced, rendered either way: what `--json` prints, and the text for a person. */
export interface CommandOutput {
  json(): unknown;
  human(language: Language): string;
}

/** A subcommand as main() runs it: the value's type stays inside its definition. */
export interface CliCommand extends CommandInfo {
  run(input: CliInput): Promise<Result<CommandOutput>>;
}

/** Pairs a command's value with its own `human`, so no caller needs to know (or cast) its type. */
export function defineCommand<T>(spec: CommandSpec<T>): CliCommand {
  const { run, human, json, ...info } = spec;
  return {
    ...info,
    run: async (input) => {
      const result = await run(input);
      if (!result.ok) return result;
      const { value } = result;
      return ok({
        json: () => (json ? json(value) : value),
        human: (language: Language) => (human ? human(value, language) : JSON.stringify(value, null, 2)),
      });
    },
  };
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
export async function inWorkspace<T>(input: CliInput, then: () => Promise<Result<T>>): Promise<Result<T>> {
  const opened = await input.invoke('workspace.open', { path: requireString(input.values, 'workspace') });
  if (!opened.ok) return opened;
  return then();
}
