import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { findCall, listChallenges } from '../../db/repositories/results-inputs';
import { findRun, insertDraw, latestRun, listDrawsOfRun, type DrawRow } from '../../db/repositories/results';
import { recordedDrawSchema, type RecordedDraw } from '../../shared/domain/ranking-run';
import type { DrawInfo } from '../../shared/contract/results';
import { AppError } from '../../shared/errors';
import { drawLottery } from '../../shared/ranking';
import type { HandlerContext } from '../core/context';
import { loadCallInputs } from './call-inputs';
import { randomUuid } from '../core/ids';
import { generatedSeed } from './ids';
import { inputDigest, rankParameters, scoreRows } from './rank-input';
import { parseRun, type StoredRun } from './stored-run';

/** The pool key stored for the single pool of a call without challenges. */
const SINGLE_POOL = '';

/**
 * A run may only be drawn on while it is the call's latest and the reviews have not changed since:
 * a draw must never settle places on a ranking the officer no longer sees.
 */
export function currentRun(db: Db, callReference: string, runId: string): StoredRun {
  const callId = findCall(db, callReference)?.id;
  const row = findRun(db, runId);
  if (!row || row.callId !== callId) throw new AppError('results.errors.runNotFound', { run: runId });
  if (latestRun(db, callId)?.id !== row.id) throw new AppError('results.errors.runSuperseded');
  const run = parseRun(row);
  if (isStale(db, run)) throw new AppError('results.errors.runStale');
  return run;
}

/** The workspace's current score rows and derived parameters differ from those the run used. */
export function isStale(db: Db, run: StoredRun): boolean {
  const inputs = loadCallInputs(db, run.callId);
  // The digest covers rows and derived inputs only, never the officer's line options.
  const now = rankParameters(inputs, { method: run.parameters.method });
  return inputDigest(now, scoreRows(inputs)) !== run.inputDigest;
}

export function drawInfo(row: DrawRow): DrawInfo {
  const parsed = recordedDrawSchema.safeParse(JSON.parse(row.recordJson));
  if (!parsed.success)
    throw new AppError('results.errors.corruptRow', { where: row.id, what: 'lottery draw' });
  return {
    id: row.id,
    runId: row.runId,
    pool: row.pool === SINGLE_POOL ? null : row.pool,
    seedSource: row.seedSource,
    record: parsed.data.record,
    awards: parsed.data.awards,
    createdAt: row.createdAt,
  };
}

export function drawsOfRun(db: Db, runId: string): DrawInfo[] {
  return listDrawsOfRun(db, runId).map(drawInfo);
}

/**
 * Draws the remaining places of one lottery pool of the latest run and records seed, candidates,
 * places, money limit, awards and result. One draw per pool: a second seed is refused.
 */
export function drawPool(
  db: Db,
  request: { callId: string; runId: string; pool: string | null; seed?: string | undefined },
  ctx: HandlerContext,
): DrawInfo {
  const run = currentRun(db, request.callId, request.runId);
  // A pool is named by its challenge's id or code; null names the single pool of other calls.
  const challenge = listChallenges(db, run.callId).find(
    (c) => c.id === request.pool || c.code === request.pool,
  );
  const poolId = request.pool === null ? null : (challenge?.id ?? request.pool);
  const pool = run.table.lottery.find((entry) => entry.challenge === poolId);
  if (!pool) throw new AppError('results.errors.noLotteryPool');
  const poolKey = poolId ?? SINGLE_POOL;
  if (listDrawsOfRun(db, run.id).some((draw) => draw.pool === poolKey)) {
    throw new AppError('results.errors.alreadyDrawn');
  }
  const seed = request.seed ?? generatedSeed(ctx.services.randomBytes);
  const awards: Record<string, number> = {};
  if (pool.budget !== null) {
    for (const id of pool.candidates) {
      const amount = run.parameters.awards[id];
      if (amount !== undefined) awards[id] = amount;
    }
  }
  const recorded: RecordedDraw = { record: replay({ record: { ...pool, seed }, awards }), awards };
  const row: DrawRow = {
    id: randomUuid(ctx.services.randomBytes),
    callId: run.callId,
    runId: run.id,
    pool: poolKey,
    seed,
    seedSource: request.seed === undefined ? 'generated' : 'officer',
    recordJson: JSON.stringify(recorded),
    createdAt: ctx.services.now().toISOString(),
  };
  db.transaction(() => {
    insertDraw(db, row);
    appendAudit(db, {
      at: row.createdAt,
      actor: 'local',
      action: 'results.lottery.draw',
      subject: run.callId,
      details: {
        drawId: row.id,
        runId: run.id,
        pool: poolId,
        seed,
        seedSource: row.seedSource,
        places: pool.places,
        candidates: recorded.record.candidates,
        selected: recorded.record.selected,
      },
    });
  })();
  return drawInfo(row);
}

/** Runs the draw a record describes; the same record gives the same result on every machine. */
export function replay(draw: {
  record: { seed: string; candidates: readonly string[]; places: number; budget: number | null };
  awards: Readonly<Record<string, number>>;
}) {
  const { record, awards } = draw;
  return drawLottery({
    seed: record.seed,
    candidates: record.candidates,
    places: record.places,
    ...(record.budget === null ? {} : { budget: record.budget, awards }),
  });
}

/** Re-runs a recorded draw and says whether it gives the recorded order and winners. */
export function verifyDraw(draw: RecordedDraw): {
  matches: boolean;
  recorded: string[];
  recomputed: string[];
} {
  const again = replay(draw);
  const sameOrder =
    again.drawOrder.length === draw.record.drawOrder.length &&
    again.drawOrder.every((id, index) => draw.record.drawOrder[index] === id);
  const sameWinners =
    again.selected.length === draw.record.selected.length &&
    again.selected.every((id, index) => draw.record.selected[index] === id);
  return { matches: sameOrder && sameWinners, recorded: draw.record.selected, recomputed: again.selected };
}
