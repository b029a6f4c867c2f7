/**
 * Results: ranking runs, recorded lottery draws, award overrides and decisions.
 *
 * - A ranking run keeps its parameters and its whole output as JSON (validated by the zod schemas
 *   in shared/contract/results.ts before it is written), plus the SHA-256 of the canonical score
 *   rows it ran on, so a run can be shown as stale once reviews change and re-run exactly.
 * - A lottery draw records everything needed to re-run it (algorithm, seed, canonical candidate
 *   list, places, money limit and awards) next to its result. One draw per (run, pool): drawing
 *   again with another seed for the same pool is refused, so a seed cannot be shopped for.
 * - An award override replaces the computed lump sum for one application; it needs a reason.
 * - Decisions: fund needs an amount, not-fund has none; every change is also in audit_log.
 */
export const sql = /* sql */ `
CREATE TABLE ranking_runs (
  id TEXT PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('mean', 'zscore', 'bayes')),
  parameters_json TEXT NOT NULL,
  output_json TEXT NOT NULL,
  input_digest TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX ranking_runs_call ON ranking_runs (call_id, created_at);

CREATE TABLE lottery_draws (
  id TEXT PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  run_id TEXT NOT NULL REFERENCES ranking_runs (id) ON DELETE CASCADE,
  -- The pool: a challenge id, or '' for the single pool of a call without challenges.
  pool TEXT NOT NULL,
  seed TEXT NOT NULL,
  seed_source TEXT NOT NULL CHECK (seed_source IN ('officer', 'generated')),
  record_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (run_id, pool)
) STRICT;
CREATE INDEX lottery_draws_call ON lottery_draws (call_id, created_at);

CREATE TABLE award_overrides (
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  set_at TEXT NOT NULL,
  PRIMARY KEY (call_id, application_id)
) STRICT;

CREATE TABLE decisions (
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  outcome TEXT NOT NULL CHECK (outcome IN ('fund', 'reserve', 'not-fund')),
  award_amount INTEGER CHECK (award_amount IS NULL OR award_amount >= 0),
  note TEXT NOT NULL DEFAULT '',
  run_id TEXT REFERENCES ranking_runs (id) ON DELETE SET NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (call_id, application_id),
  CHECK (outcome <> 'fund' OR award_amount IS NOT NULL),
  CHECK (outcome <> 'not-fund' OR award_amount IS NULL)
) STRICT;
`;
