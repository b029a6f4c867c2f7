import type { ParsedRequestOf, ResponseOf } from '../../shared/contract';
import { DEFAULT_RANK_SEED, summarizeRanking, type RankParameters } from '../../shared/domain/ranking-run';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from '../core/context';
import { computeRanking } from './run-ranking';
import { parseScoreTable } from './scores-csv';

/** Ranks a score table from elsewhere (no workspace; nothing stored). */
export async function rankScoreTable(
  request: ParsedRequestOf<'results.rankScores'>,
  ctx: HandlerContext,
): Promise<ResponseOf<'results.rankScores'>> {
  ctx.progress({ done: 0, total: 1, label: 'results.progress.collect' });
  const { rows, awards } = parseScoreTable(request.csv);
  const parameters: RankParameters = {
    method: request.method,
    direction: request.direction,
    seed: request.seed ?? DEFAULT_RANK_SEED,
    chains: request.chains ?? null,
    iterations: request.iterations ?? null,
    burnIn: request.burnIn ?? null,
    minReviewsForZ: request.minReviewsForZ ?? null,
    fundable: request.fundable ?? null,
    envelope: request.envelope ?? null,
    awards,
    groups: null,
    excluded: [],
    tieBreak: [],
    criterionMeans: {},
  };
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (ctx.signal.aborted) throw new AppError('errors.cancelled');
  const table = computeRanking(parameters, rows, { ctx });
  return {
    summary: summarizeRanking(table),
    seed: parameters.seed,
    notices: table.notices,
    warnings: table.warnings,
  };
}
