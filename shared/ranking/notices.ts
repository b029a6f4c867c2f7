/**
 * Ranking warnings: stable codes (i18n keys under `ranking.warnings.*`) plus an English rendering
 * for the CLI and logs. The UI translates by code; the English text here is not user-facing there.
 */
import type { Notice } from './types';

const ENGLISH: Record<string, string> = {
  'ranking.warnings.rhatHigh':
    'max R-hat {{rhat}} > {{limit}} ({{parameter}}): chains have not converged; increase iterations',
  'ranking.warnings.noScores': 'application {{application}} has no submitted scores and is not ranked',
  'ranking.warnings.unresolvedTie':
    'applications {{applications}} are tied on every tie-break rule ({{rules}})',
  'ranking.warnings.intervalFundsMore':
    '{{funded}} applications are funded by the interval rule but only {{places}} are fundable',
  'ranking.warnings.placesExceedLottery':
    '{{places}} lottery places but only {{candidates}} candidates; {{unfilled}} places stay empty',
  'ranking.warnings.envelopeExceeded':
    'the interval rule funds {{over}} more than the envelope {{envelope}}; the officer must decide',
  'ranking.warnings.nothingFits':
    'the best-ranked application does not fit the envelope; nothing is fundable',
  'ranking.warnings.uncalibratedReviewer':
    'reviewer {{reviewer}} has {{n}} scores (minimum {{min}}) or no spread; scores used uncalibrated',
  'ranking.warnings.noReviewerOverlap':
    'no reviewer scored two or more applications: reviewer leniency cannot be estimated and is left out of the model',
  'ranking.warnings.excluded': 'application {{application}} is excluded from ranking and funding',
};

export function notice(code: string, params: Record<string, string | number> = {}): Notice {
  return { code, params };
}

export function renderNotice(n: Notice): string {
  const template = ENGLISH[n.code];
  if (template === undefined) return `${n.code} ${JSON.stringify(n.params)}`;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(n.params[key] ?? `{{${key}}}`));
}
