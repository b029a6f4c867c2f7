import type { Ballot, PanelMajority, PanelRule, PanelVote, ShortlistSource } from '../../shared/domain/panel';
import type { Db } from '../connection';

export interface PanelRow {
  callId: string;
  minMembers: number;
  rule: PanelRule;
  requiresRecommendation: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ShortlistRow {
  applicationId: string;
  source: ShortlistSource;
  reason: string;
  removedReason: string | null;
}

export interface ScheduleRow {
  applicationId: string;
  position: number;
  date: string;
  time: string;
  minutes: number;
}

export interface StoredBallot extends Ballot {
  source: 'bundle' | 'paper';
  enteredBy: string | null;
  receivedAt: string;
}

export interface ConsensusRow {
  applicationId: string;
  revision: number;
  state: 'draft' | 'final' | 'locked';
  text: string;
  author: string;
  savedAt: string;
}

export function findPanel(db: Db, callId: string): PanelRow | null {
  const row = db.prepare('SELECT * FROM panels WHERE call_id = ?').get(callId) as
    | {
        call_id: string;
        min_members: number;
        quorum: number;
        majority: PanelMajority;
        requires_recommendation: number;
        created_at: string;
        updated_at: string;
      }
    | undefined;
  if (!row) return null;
  return {
    callId: row.call_id,
    minMembers: row.min_members,
    rule: { quorum: row.quorum, majority: row.majority },
    requiresRecommendation: row.requires_recommendation === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Creates or updates the panel row (rule, size and the funding requirement). */
export function upsertPanel(db: Db, row: Omit<PanelRow, 'createdAt' | 'updatedAt'>, now: string): void {
  db.prepare(
    `INSERT INTO panels (call_id, min_members, quorum, majority, requires_recommendation, created_at, updated_at)
     VALUES (@callId, @minMembers, @quorum, @majority, @requires, @now, @now)
     ON CONFLICT (call_id) DO UPDATE SET min_members = excluded.min_members, quorum = excluded.quorum,
       majority = excluded.majority, requires_recommendation = excluded.requires_recommendation,
       updated_at = excluded.updated_at`,
  ).run({
    callId: row.callId,
    minMembers: row.minMembers,
    quorum: row.rule.quorum,
    majority: row.rule.majority,
    requires: row.requiresRecommendation ? 1 : 0,
    now,
  });
}

export function listShortlist(db: Db, callId: string): ShortlistRow[] {
  return db
    .prepare(
      `SELECT s.application_id AS applicationId, s.source, s.reason, s.removed_reason AS removedReason
       FROM panel_shortlist s JOIN applications a ON a.id = s.application_id
       WHERE s.call_id = ? ORDER BY a.reference_no`,
    )
    .all(callId) as ShortlistRow[];
}

/** Makes the call's shortlist exactly `rows` (removed entries kept with their reason). */
export function replaceShortlist(db: Db, callId: string, rows: readonly ShortlistRow[]): void {
  db.prepare('DELETE FROM panel_shortlist WHERE call_id = ?').run(callId);
  const insert = db.prepare(
    `INSERT INTO panel_shortlist (call_id, application_id, source, reason, removed_reason)
     VALUES (@callId, @applicationId, @source, @reason, @removedReason)
     ON CONFLICT (call_id, application_id) DO UPDATE SET source = excluded.source,
       reason = excluded.reason, removed_reason = excluded.removed_reason`,
  );
  for (const row of rows) insert.run({ callId, ...row });
}

export function listMembers(db: Db, callId: string): string[] {
  return (
    db
      .prepare('SELECT reviewer_id FROM panel_members WHERE call_id = ? ORDER BY reviewer_id')
      .all(callId) as {
      reviewer_id: string;
    }[]
  ).map((row) => row.reviewer_id);
}

export function replaceMembers(db: Db, callId: string, reviewerIds: readonly string[]): void {
  db.prepare('DELETE FROM panel_members WHERE call_id = ?').run(callId);
  const insert = db.prepare('INSERT INTO panel_members (call_id, reviewer_id) VALUES (?, ?)');
  for (const id of reviewerIds) insert.run(callId, id);
}

/** Pairs as `${applicationId}:${reviewerId}`. */
export function panelConflicts(db: Db, callId: string): Set<string> {
  const rows = db
    .prepare('SELECT application_id, reviewer_id FROM panel_conflicts WHERE call_id = ?')
    .all(callId) as { application_id: string; reviewer_id: string }[];
  return new Set(rows.map((row) => `${row.application_id}:${row.reviewer_id}`));
}

export function replacePanelConflicts(
  db: Db,
  callId: string,
  pairs: readonly { applicationId: string; reviewerId: string }[],
): void {
  db.prepare('DELETE FROM panel_conflicts WHERE call_id = ?').run(callId);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO panel_conflicts (call_id, application_id, reviewer_id) VALUES (?, ?, ?)',
  );
  for (const pair of pairs) insert.run(callId, pair.applicationId, pair.reviewerId);
}

export function listSchedule(db: Db, callId: string): ScheduleRow[] {
  return db
    .prepare(
      `SELECT application_id AS applicationId, position, date, time, minutes FROM panel_schedule
       WHERE call_id = ? ORDER BY position`,
    )
    .all(callId) as ScheduleRow[];
}

export function replaceSchedule(db: Db, callId: string, rows: readonly ScheduleRow[]): void {
  db.prepare('DELETE FROM panel_schedule WHERE call_id = ?').run(callId);
  const insert = db.prepare(
    `INSERT INTO panel_schedule (call_id, application_id, position, date, time, minutes)
     VALUES (@callId, @applicationId, @position, @date, @time, @minutes)`,
  );
  for (const row of rows) insert.run({ callId, ...row });
}

interface BallotDbRow {
  application_id: string;
  reviewer_id: string;
  vote: PanelVote;
  final_score: number | null;
  comment: string;
  revision: number;
  digest: string;
  source: 'bundle' | 'paper';
  entered_by: string | null;
  received_at: string;
}

const toBallot = (row: BallotDbRow): StoredBallot => ({
  applicationId: row.application_id,
  reviewerId: row.reviewer_id,
  vote: row.vote,
  finalScore: row.final_score,
  comment: row.comment,
  revision: row.revision,
  digest: row.digest,
  source: row.source,
  enteredBy: row.entered_by,
  receivedAt: row.received_at,
});

export function listBallots(db: Db, callId: string): StoredBallot[] {
  return (db.prepare('SELECT * FROM panel_ballots WHERE call_id = ?').all(callId) as BallotDbRow[]).map(
    toBallot,
  );
}

export function findBallot(
  db: Db,
  callId: string,
  applicationId: string,
  reviewerId: string,
): StoredBallot | null {
  const row = db
    .prepare('SELECT * FROM panel_ballots WHERE call_id = ? AND application_id = ? AND reviewer_id = ?')
    .get(callId, applicationId, reviewerId) as BallotDbRow | undefined;
  return row ? toBallot(row) : null;
}

export function upsertBallot(db: Db, callId: string, ballot: StoredBallot): void {
  ballotUpsert(db)(callId, ballot);
}

/** The upsert of `upsertBallot` prepared once, for writing many ballots. */
export function ballotUpsert(db: Db): (callId: string, ballot: StoredBallot) => void {
  const statement = db.prepare(
    `INSERT INTO panel_ballots (call_id, application_id, reviewer_id, vote, final_score, comment, revision,
       digest, source, entered_by, received_at)
     VALUES (@callId, @applicationId, @reviewerId, @vote, @finalScore, @comment, @revision, @digest,
       @source, @enteredBy, @receivedAt)
     ON CONFLICT (call_id, application_id, reviewer_id) DO UPDATE SET vote = excluded.vote,
       final_score = excluded.final_score, comment = excluded.comment, revision = excluded.revision,
       digest = excluded.digest, source = excluded.source, entered_by = excluded.entered_by,
       received_at = excluded.received_at`,
  );
  return (callId, ballot) => void statement.run({ callId, ...ballot });
}

/** One member's current ballots in the call, by application id. */
export function memberBallots(db: Db, callId: string, reviewerId: string): Map<string, StoredBallot> {
  const rows = db
    .prepare('SELECT * FROM panel_ballots WHERE call_id = ? AND reviewer_id = ?')
    .all(callId, reviewerId) as BallotDbRow[];
  return new Map(rows.map((row) => [row.application_id, toBallot(row)]));
}

export function listConsensus(db: Db, callId: string): ConsensusRow[] {
  return db
    .prepare(
      `SELECT application_id AS applicationId, revision, state, text, author, saved_at AS savedAt
       FROM panel_consensus WHERE call_id = ? ORDER BY application_id, revision`,
    )
    .all(callId) as ConsensusRow[];
}

export function latestConsensus(db: Db, callId: string, applicationId: string): ConsensusRow | null {
  const row = db
    .prepare(
      `SELECT application_id AS applicationId, revision, state, text, author, saved_at AS savedAt
       FROM panel_consensus WHERE call_id = ? AND application_id = ? ORDER BY revision DESC LIMIT 1`,
    )
    .get(callId, applicationId) as ConsensusRow | undefined;
  return row ?? null;
}

export function insertConsensus(db: Db, callId: string, row: ConsensusRow): void {
  db.prepare(
    `INSERT INTO panel_consensus (call_id, application_id, revision, state, text, author, saved_at)
     VALUES (@callId, @applicationId, @revision, @state, @text, @author, @savedAt)`,
  ).run({ callId, ...row });
}

export function insertTally(db: Db, callId: string, rule: PanelRule, result: unknown, now: string): void {
  db.prepare(
    'INSERT INTO panel_tallies (call_id, rule_json, result_json, created_at) VALUES (?, ?, ?, ?)',
  ).run(callId, JSON.stringify(rule), JSON.stringify(result), now);
}
