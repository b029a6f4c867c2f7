import type { Db } from '../connection';

/**
 * Ranking runs, lottery draws, award overrides and decisions (migration 0005). JSON columns are
 * written from values the caller has validated and are returned as text for it to parse.
 */
export interface RunRow {
  id: string;
  callId: string;
  method: 'mean' | 'zscore' | 'bayes';
  parametersJson: string;
  outputJson: string;
  inputDigest: string;
  createdAt: string;
}

export function insertRun(db: Db, run: RunRow): void {
  db.prepare(
    `INSERT INTO ranking_runs (id, call_id, method, parameters_json, output_json, input_digest, created_at)
     VALUES (@id, @callId, @method, @parametersJson, @outputJson, @inputDigest, @createdAt)`,
  ).run(run);
}

const RUN_COLUMNS = `id, call_id AS callId, method, parameters_json AS parametersJson,
  output_json AS outputJson, input_digest AS inputDigest, created_at AS createdAt`;

/** The newest run of a call; insertion order breaks ties between runs made in the same instant. */
export function latestRun(db: Db, callId: string): RunRow | null {
  const row = db
    .prepare(
      `SELECT ${RUN_COLUMNS} FROM ranking_runs WHERE call_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .get(callId) as RunRow | undefined;
  return row ?? null;
}

export function findRun(db: Db, runId: string): RunRow | null {
  const row = db.prepare(`SELECT ${RUN_COLUMNS} FROM ranking_runs WHERE id = ?`).get(runId) as
    RunRow | undefined;
  return row ?? null;
}

export interface DrawRow {
  id: string;
  callId: string;
  runId: string;
  /** '' for the single pool of a call without challenges. */
  pool: string;
  seed: string;
  seedSource: 'officer' | 'generated';
  recordJson: string;
  createdAt: string;
}

export function insertDraw(db: Db, draw: DrawRow): void {
  db.prepare(
    `INSERT INTO lottery_draws (id, call_id, run_id, pool, seed, seed_source, record_json, created_at)
     VALUES (@id, @callId, @runId, @pool, @seed, @seedSource, @recordJson, @createdAt)`,
  ).run(draw);
}

const DRAW_COLUMNS = `id, call_id AS callId, run_id AS runId, pool, seed, seed_source AS seedSource,
  record_json AS recordJson, created_at AS createdAt`;

export function findDraw(db: Db, drawId: string): DrawRow | null {
  const row = db.prepare(`SELECT ${DRAW_COLUMNS} FROM lottery_draws WHERE id = ?`).get(drawId) as
    DrawRow | undefined;
  return row ?? null;
}

export function listDrawsOfRun(db: Db, runId: string): DrawRow[] {
  return db
    .prepare(`SELECT ${DRAW_COLUMNS} FROM lottery_draws WHERE run_id = ? ORDER BY pool`)
    .all(runId) as DrawRow[];
}

export function listDrawsOfCall(db: Db, callId: string): DrawRow[] {
  return db
    .prepare(`SELECT ${DRAW_COLUMNS} FROM lottery_draws WHERE call_id = ? ORDER BY created_at, rowid`)
    .all(callId) as DrawRow[];
}

export interface OverrideRow {
  applicationId: string;
  amount: number;
  reason: string;
  setAt: string;
}

export function listOverrides(db: Db, callId: string): OverrideRow[] {
  return db
    .prepare(
      `SELECT application_id AS applicationId, amount, reason, set_at AS setAt
       FROM award_overrides WHERE call_id = ? ORDER BY application_id`,
    )
    .all(callId) as OverrideRow[];
}

export function upsertOverride(db: Db, callId: string, row: OverrideRow): void {
  db.prepare(
    `INSERT INTO award_overrides (call_id, application_id, amount, reason, set_at)
     VALUES (@callId, @applicationId, @amount, @reason, @setAt)
     ON CONFLICT (call_id, application_id) DO UPDATE SET
       amount = excluded.amount, reason = excluded.reason, set_at = excluded.set_at`,
  ).run({ callId, ...row });
}

export function deleteOverride(db: Db, callId: string, applicationId: string): boolean {
  return (
    db
      .prepare('DELETE FROM award_overrides WHERE call_id = ? AND application_id = ?')
      .run(callId, applicationId).changes > 0
  );
}

export interface DecisionRow {
  applicationId: string;
  outcome: 'fund' | 'reserve' | 'not-fund';
  amount: number | null;
  note: string;
  runId: string | null;
  decidedAt: string;
}

export function listDecisions(db: Db, callId: string): DecisionRow[] {
  return db
    .prepare(
      `SELECT application_id AS applicationId, outcome, award_amount AS amount, note, run_id AS runId,
        decided_at AS decidedAt
       FROM decisions WHERE call_id = ? ORDER BY application_id`,
    )
    .all(callId) as DecisionRow[];
}

export function upsertDecision(db: Db, callId: string, row: DecisionRow): void {
  db.prepare(
    `INSERT INTO decisions (call_id, application_id, outcome, award_amount, note, run_id, decided_at)
     VALUES (@callId, @applicationId, @outcome, @amount, @note, @runId, @decidedAt)
     ON CONFLICT (call_id, application_id) DO UPDATE SET
       outcome = excluded.outcome, award_amount = excluded.award_amount, note = excluded.note,
       run_id = excluded.run_id, decided_at = excluded.decided_at`,
  ).run({ callId, ...row });
}

export function deleteDecision(db: Db, callId: string, applicationId: string): boolean {
  return (
    db.prepare('DELETE FROM decisions WHERE call_id = ? AND application_id = ?').run(callId, applicationId)
      .changes > 0
  );
}
