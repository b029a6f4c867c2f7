import { readFileSync } from 'node:fs';
import type { Result } from '../../../shared/result';
import {
  inWorkspace,
  optionalNumber,
  requireString,
  UsageError,
  type CliInput,
  type CliValues,
} from '../command';

/**
 * What `rank` and `quality` share: scores come either from a call of a workspace or from a score
 * CSV (the format of docs/import-formats.md), ranked by one method towards one funding line.
 */
export const scoreSourceOptions = {
  workspace: { type: 'string' },
  call: { type: 'string' },
  scores: { type: 'string' },
  'higher-is-better': { type: 'boolean' },
  'lower-is-better': { type: 'boolean' },
  method: { type: 'string' },
  fundable: { type: 'string' },
  envelope: { type: 'string' },
  seed: { type: 'string' },
} as const;

const METHODS = ['mean', 'zscore', 'bayes'] as const;
type Method = (typeof METHODS)[number];

const isMethod = (value: string): value is Method => (METHODS as readonly string[]).includes(value);

/** The method, the funding line (a count or an envelope) and the seed, as given on the command line. */
export function rankingOptions(values: CliValues) {
  const method = values.method ?? 'bayes';
  if (typeof method !== 'string' || !isMethod(method)) {
    throw new UsageError('--method must be mean, zscore or bayes');
  }
  return {
    method,
    fundable: optionalNumber(values, 'fundable'),
    envelope: optionalNumber(values, 'envelope'),
    seed: typeof values.seed === 'string' ? values.seed : undefined,
  };
}

function direction(values: CliValues): 'higher-is-better' | 'lower-is-better' {
  const higher = values['higher-is-better'] === true;
  const lower = values['lower-is-better'] === true;
  if (higher === lower)
    throw new UsageError('--scores needs exactly one of --higher-is-better and --lower-is-better');
  return higher ? 'higher-is-better' : 'lower-is-better';
}

/** Runs `fromCsv` on the `--scores` file when one is given, `fromCall` on `--call` in the workspace otherwise. */
export function fromScoreSource<T>(
  input: CliInput,
  fromCsv: (scores: { csv: string; direction: 'higher-is-better' | 'lower-is-better' }) => Promise<Result<T>>,
  fromCall: (callId: string) => Promise<Result<T>>,
): Promise<Result<T>> {
  const { values } = input;
  if (typeof values.scores === 'string') {
    return fromCsv({ direction: direction(values), csv: readFileSync(values.scores, 'utf8') });
  }
  return inWorkspace(input, () => fromCall(requireString(values, 'call')));
}
