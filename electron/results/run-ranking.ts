import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { insertRun } from '../../db/repositories/results';
import {
  rankParametersSchema,
  rankTableSchema,
  type RankParameters,
  type RankTableData,
  type ScoreRowData,
} from '../../shared/domain/ranking-run';
import { AppError, isAppError } from '../../shared/errors';
import { rankApplications } from '../../shared/ranking';
import type { HandlerContext } from '../core/context';
import { loadCallInputs } from './call-inputs';
import { randomUuid } from '../core/ids';
import { inputDigest, rankInput, rankParameters, scoreRows, type RankRequestOptions } from './rank-input';

const STAGES = 3;

/** Lets progress reach the door and a cancel arrive before the next stage starts. */
async function checkpoint(ctx: HandlerContext, done: number, label: string): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (ctx.signal.aborted) throw new AppError('errors.cancelled');
  ctx.progress({ done, total: STAGES, label });
}

export interface RankingHooks {
  /** What the officer knows an application by, for the math's refusals (reference numbers). */
  label?: (applicationId: string) => string;
  /** Reports the Bayesian fit's progress and cancels it when the handler's signal is aborted. */
  ctx?: HandlerContext;
}

const FIT_STEPS = 100;

/** Runs shared/ranking on stored parameters and rows. */
export function computeRanking(
  parameters: RankParameters,
  rows: readonly ScoreRowData[],
  hooks: RankingHooks = {},
): RankTableData {
  const { label = (id: string) => id, ctx } = hooks;
  let reported = -1;
  // The fit runs synchronously: progress reaches a door when the fit yields, and a cancel is seen
  // here only if the signal was aborted from this same turn (see docs/results.md, Ranking).
  const onProgress = ctx
    ? (fraction: number) => {
        if (ctx.signal.aborted) throw new AppError('errors.cancelled');
        const step = Math.floor(fraction * FIT_STEPS);
        if (step === reported) return;
        reported = step;
        ctx.progress({ done: step, total: FIT_STEPS, label: 'results.progress.fit' });
      }
    : undefined;
  try {
    const input = rankInput(parameters, rows);
    return rankTableSchema.parse(rankApplications(onProgress ? { ...input, onProgress } : input));
  } catch (error) {
    if (isAppError(error) && typeof error.params.application === 'string') {
      throw new AppError(error.code, { ...error.params, application: label(error.params.application) });
    }
    throw error;
  }
}

/**
 * Ranks a call from its submitted reviews and stores the run. Stages: collect, fit, store; a cancel
 * between stages (or before the commit) leaves the workspace unchanged.
 */
export async function rankCall(
  db: Db,
  callId: string,
  options: RankRequestOptions,
  ctx: HandlerContext,
): Promise<{ runId: string; table: RankTableData; parameters: RankParameters }> {
  await checkpoint(ctx, 0, 'results.progress.collect');
  const inputs = loadCallInputs(db, callId);
  const rows = scoreRows(inputs);
  if (!rows.some((row) => row.score !== null)) {
    throw new AppError('results.errors.nothingToRank', { call: inputs.call.code });
  }
  const derived = rankParameters(inputs, options);
  const references = new Map(inputs.applications.map((a) => [a.id, a.referenceNo]));
  await checkpoint(ctx, 1, 'results.progress.fit');
  const table = computeRanking(derived, rows, { label: (id) => references.get(id) ?? id, ctx });
  // Record the rules the math actually applied, so the stored parameters re-run exactly.
  const parameters = rankParametersSchema.parse({ ...derived, tieBreak: table.tieBreak });
  await checkpoint(ctx, 2, 'results.progress.store');
  const runId = randomUuid(ctx.services.randomBytes);
  const at = ctx.services.now().toISOString();
  db.transaction(() => {
    insertRun(db, {
      id: runId,
      callId: inputs.call.id,
      method: parameters.method,
      parametersJson: JSON.stringify(parameters),
      outputJson: JSON.stringify(table),
      inputDigest: inputDigest(parameters, rows),
      createdAt: at,
    });
    appendAudit(db, {
      at,
      actor: 'local',
      action: 'results.rank',
      subject: inputs.call.id,
      details: {
        runId,
        method: parameters.method,
        seed: parameters.seed,
        fundable: parameters.fundable,
        envelope: parameters.envelope,
        fundingLine: table.fundingLine,
        rhatMax: table.rhatMax,
      },
    });
  })();
  ctx.progress({ done: STAGES, total: STAGES, label: 'results.progress.store' });
  return { runId, table, parameters };
}
