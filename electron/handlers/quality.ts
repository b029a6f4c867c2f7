import type { ParsedRequestOf } from '../../shared/contract';
import { DEFAULT_RANK_SEED } from '../../shared/domain/ranking-run';
import { AppError } from '../../shared/errors';
import { qualityReport, qualityResponse, type QualityInput } from '../../shared/quality';
import type { HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { loadCallInputs } from '../results/call-inputs';
import { rankParameters, scoreRows } from '../results/rank-input';
import { parseScoreTable } from '../results/scores-csv';

type Options = Omit<ParsedRequestOf<'quality.scores'>, 'csv' | 'direction'>;

const FIT_STEPS = 100;

/** The officer's options as shared/quality reads them; the Bayesian fit reports progress and can be cancelled. */
function qualityOptions(options: Options, ctx: HandlerContext): Omit<QualityInput, 'rows' | 'direction'> {
  let reported = -1;
  return {
    method: options.method,
    seed: options.seed ?? DEFAULT_RANK_SEED,
    ...(options.fundable !== undefined ? { fundable: options.fundable } : {}),
    ...(options.envelope !== undefined ? { envelope: options.envelope } : {}),
    ...(options.chains !== undefined ? { chains: options.chains } : {}),
    ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
    ...(options.burnIn !== undefined ? { burnIn: options.burnIn } : {}),
    onProgress: (fraction) => {
      if (ctx.signal.aborted) throw new AppError('errors.cancelled');
      const step = Math.floor(fraction * FIT_STEPS);
      if (step === reported) return;
      reported = step;
      ctx.progress({ done: step, total: FIT_STEPS, label: 'results.progress.fit' });
    },
  };
}

export const qualityHandlers: HandlerMap = {
  'quality.call': ({ callId, ...options }, ctx) => {
    const inputs = loadCallInputs(ctx.session.require('office').db, callId);
    const rows = scoreRows(inputs);
    if (!rows.some((row) => row.score !== null)) {
      throw new AppError('results.errors.nothingToRank', { call: inputs.call.code });
    }
    // Awards, challenge groups and exclusions exactly as a ranking run of this call uses them.
    const parameters = rankParameters(inputs, options);
    const report = qualityReport({
      rows,
      direction: inputs.direction,
      ...qualityOptions(options, ctx),
      awards: parameters.awards,
      ...(parameters.groups === null ? {} : { groups: parameters.groups }),
      excluded: parameters.excluded,
    });
    const labels = Object.fromEntries(inputs.applications.map((a) => [a.id, a.referenceNo]));
    return qualityResponse(report, labels);
  },
  'quality.scores': ({ csv, direction, ...options }, ctx) => {
    const { rows, awards } = parseScoreTable(csv);
    return qualityResponse(qualityReport({ rows, direction, ...qualityOptions(options, ctx), awards }));
  },
};
