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
import { newId } from './ids';
import { inputDigest, rankInput, rankParameters, scoreRows, type RankRequestOptions } from './rank-input';

const STAGES = 3;

/** Lets progress reach the door and a cancel arrive before the next stage starts. */
async function checkpoint(ctx: HandlerContext, done: number, label: string): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (ctx.signal.aborted) throw new AppError('errors.cancelled');
  ctx.progress({ done, total: STAGES, label });
}

/**
 * Runs shared/ranking on stored parameters and rows. Application ids in the math's refusals are
 * replaced by what the officer knows them by (reference numbers) through `label`.
 */
export function computeRanking(
  parameters: RankParameters,
  rows: readonly ScoreRowData[],
  label: (applicationId: string) => string = (id) => id,
): RankTableData {
  try {
    return rankTableSchema.parse(rankApplications(rankInput(parameters, rows)));
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
  const table = computeRanking(derived, rows, (id) => references.get(id) ?? id);
  // Record the rules the math actually applied, so the stored parameters re-run exactly.
  const parameters = rankParametersSchema.parse({ ...derived, tieBreak: table.tieBreak });
  await checkpoint(ctx, 2, 'results.progress.store');
  const runId = newId(ctx.services.randomBytes);
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
