import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { ok } from '../../../shared/result';
import { optionalNumber, requireString, defineCommand, type CliValues } from '../command';
import { fromScoreSource, rankingOptions, scoreSourceOptions } from './score-source';

type Ranked = ResponseOf<'results.rankScores'>;
/** For people, applications of a workspace are shown by reference number rather than id. */
type Labelled = Ranked & { labels?: Record<string, string> };

function chainOptions(values: CliValues) {
  return {
    chains: optionalNumber(values, 'chains'),
    iterations: optionalNumber(values, 'iterations'),
    burnIn: optionalNumber(values, 'burn-in'),
  };
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** A plain table for people; `--json` prints the documented summary instead. */
function describe(value: Labelled, language: Language): string {
  const { summary } = value;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const head = t('results.cli.rankHeader', {
    method: t(`results.methods.${summary.method}`),
    n: summary.n,
    line: summary.fundingLine === null ? '-' : fixed(summary.fundingLine),
    rhat: summary.rhatMax === null ? '-' : fixed(summary.rhatMax, 3),
  });
  const rows = summary.applications.map((a) =>
    [
      fixed(a.rank, 1).padStart(6),
      (value.labels?.[a.application] ?? a.application).padEnd(16),
      String(a.n).padStart(3),
      fixed(a.mean).padStart(7),
      fixed(a.er).padStart(7),
      `[${fixed(a.cri50[0], 0)}, ${fixed(a.cri50[1], 0)}]`.padStart(10),
      `[${fixed(a.cri90[0], 0)}, ${fixed(a.cri90[1], 0)}]`.padStart(10),
      a.group === null ? '' : t(`results.groups.${a.group}`),
    ].join('  '),
  );
  const header = [
    '  rank',
    'application'.padEnd(16),
    '  n',
    '   mean',
    '     ER',
    '     50% ',
    '     90% ',
    '',
  ].join('  ');
  const notices = value.notices.map((n) => `! ${t(n.code, n.params)}`);
  return [head, '', header, ...rows, ...(notices.length > 0 ? ['', ...notices] : [])].join('\n');
}

export const rankCommand = defineCommand({
  path: ['rank'],
  summary: 'results.cli.rank',
  usage:
    '(--workspace FILE --call CALL | --scores FILE.csv --higher-is-better|--lower-is-better) [--method mean|zscore|bayes] [--fundable K | --envelope AMOUNT] [--seed S] [--chains N] [--iterations N] [--burn-in N]',
  options: {
    ...scoreSourceOptions,
    chains: { type: 'string' },
    iterations: { type: 'string' },
    'burn-in': { type: 'string' },
  },
  run: async (input) => {
    const { values } = input;
    const options = { ...rankingOptions(values), ...chainOptions(values) };
    const result = await fromScoreSource<Ranked>(
      input,
      (scores) => input.invoke('results.rankScores', { ...options, ...scores }),
      (callId) => input.invoke('results.rank', { ...options, callId }),
    );
    if (!result.ok) return result;
    const value = result.value;
    // --json prints the summary alone, which needs no reference numbers.
    if (values.json === true || typeof values.scores === 'string') return ok<Labelled>(value);
    const view = await input.invoke('results.view', { callId: requireString(values, 'call') });
    const labels = view.ok
      ? Object.fromEntries(
          view.value.applications.map((application) => [application.id, application.referenceNo]),
        )
      : undefined;
    return ok({ ...value, labels });
  },
  human: describe,
  json: (value) => value.summary,
});
