import type { QualityResponse } from '../../../shared/contract/quality';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { defineCommand } from '../command';
import { fromScoreSource, rankingOptions, scoreSourceOptions } from './score-source';

const fixed = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));

/** Two tables for people (applications, reviewers); `--json` prints the strict summary instead. */
function describe(value: QualityResponse, language: Language): string {
  const { summary, details } = value;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const c = (column: string) => t(`quality.cli.columns.${column}`);
  const ci = summary.alpha.ci90;
  const lines = [
    t('quality.cli.header', {
      method: t(`results.methods.${details.method}`),
      seed: details.seed,
      alpha: fixed(summary.alpha.interval, 3),
      ci: ci === null ? '-' : `[${fixed(ci[0], 3)}, ${fixed(ci[1], 3)}]`,
      ordinal: fixed(summary.alpha.ordinal, 3),
      icc: fixed(summary.icc1, 3),
      for07: summary.reviewersFor['0.7'] ?? '-',
      for08: summary.reviewersFor['0.8'] ?? '-',
    }),
    ...details.pools.map((pool) =>
      t('quality.cli.pool', {
        challenge: pool.challenge,
        n: pool.applications,
        alpha: fixed(pool.alpha.interval, 3),
        icc: fixed(pool.icc1, 3),
        for07: pool.reviewersFor['0.7'] ?? '-',
      }),
    ),
    details.fundableCount === null
      ? t('quality.cli.noLine')
      : t('quality.cli.line', {
          k: details.fundableCount,
          factor: details.discordantFactor,
          within: fixed(details.withinSd),
        }),
    '',
    t('quality.cli.applicationsTitle'),
    [
      c('application').padEnd(16),
      c('n').padStart(4),
      c('spread').padStart(7),
      c('fundedShare').padStart(7),
      c('stability'),
      c('discordant'),
    ].join('  '),
  ];
  const applications = [...summary.applications].sort(
    (a, b) => (b.fundedShare ?? -1) - (a.fundedShare ?? -1) || (a.application < b.application ? -1 : 1),
  );
  for (const a of applications) {
    lines.push(
      [
        (details.labels[a.application] ?? a.application).padEnd(16),
        String(a.n).padStart(4),
        fixed(a.spread).padStart(7),
        (a.fundedShare === null ? '-' : `${(100 * a.fundedShare).toFixed(0)}%`).padStart(7),
        a.stability === null ? '-' : t(`quality.stability.${a.stability}`),
        a.discordant ? t('quality.cli.yes') : '',
      ].join('  '),
    );
  }
  lines.push('', t('quality.cli.reviewersTitle'));
  lines.push(
    [
      c('reviewer').padEnd(16),
      c('n').padStart(4),
      c('leniency').padStart(8),
      c('interval').padStart(18),
      c('agreement'),
    ].join('  '),
  );
  for (const r of summary.reviewers) {
    const interval = details.leniencyCri90[r.reviewer] ?? null;
    lines.push(
      [
        r.reviewer.padEnd(16),
        String(r.n).padStart(4),
        fixed(r.leniency).padStart(8),
        (interval === null ? '' : `[${fixed(interval[0])}, ${fixed(interval[1])}]`).padStart(18),
        fixed(r.agreement),
      ].join('  '),
    );
  }
  return lines.join('\n');
}

export const qualityCommand = defineCommand({
  path: ['quality'],
  summary: 'quality.cli.quality',
  usage:
    '(--workspace W --call C | --scores FILE.csv --higher-is-better|--lower-is-better) [--method bayes|mean|zscore] [--fundable K | --envelope AMOUNT] [--seed S]',
  options: scoreSourceOptions,
  run: (input) => {
    const options = rankingOptions(input.values);
    return fromScoreSource<QualityResponse>(
      input,
      (scores) => input.invoke('quality.scores', { ...options, ...scores }),
      (callId) => input.invoke('quality.call', { ...options, callId }),
    );
  },
  human: describe,
  json: (value) => value.summary,
});
