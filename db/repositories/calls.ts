import { z } from 'zod';
import {
  callSchema,
  type Call,
  type CallSettings,
  type CallStatus,
  type Challenge,
} from '../../shared/domain/call';
import { rubricSchema, type Rubric } from '../../shared/domain/rubric';
import type { Db } from '../connection';

interface CallRow {
  id: string;
  code: string;
  title_zh: string;
  title_en: string;
  category: string;
  template: string;
  status: string;
  opens_at: string | null;
  closes_at: string | null;
  review_due_at: string | null;
  budget_envelope: number | null;
  review_mode: string;
  reviewers_per_application: number;
  integrity_makes_ineligible: number;
  rubric_version: number;
  created_at: string;
  updated_at: string;
}

interface ChallengeRow {
  id: string;
  code: string;
  title_zh: string;
  title_en: string;
  description: string;
  awards: number;
}

function toCall(row: CallRow, challenges: Challenge[]): Call {
  return callSchema.parse({
    id: row.id,
    code: row.code,
    title: { zh: row.title_zh, en: row.title_en },
    category: row.category,
    template: row.template,
    status: row.status,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    reviewDueAt: row.review_due_at,
    budgetEnvelope: row.budget_envelope,
    reviewMode: row.review_mode,
    reviewersPerApplication: row.reviewers_per_application,
    integrityMakesIneligible: row.integrity_makes_ineligible === 1,
    rubricVersion: row.rubric_version,
    challenges,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listChallenges(db: Db, callId: string): Challenge[] {
  const rows = db
    .prepare(
      'SELECT id, code, title_zh, title_en, description, awards FROM challenges WHERE call_id = ? ORDER BY code',
    )
    .all(callId) as ChallengeRow[];
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: { zh: row.title_zh, en: row.title_en },
    description: row.description,
    awards: row.awards,
  }));
}

/** A call by id or, failing that, by code. */
export function findCall(db: Db, idOrCode: string): Call | undefined {
  const row = db
    .prepare('SELECT * FROM calls WHERE id = ? OR code = ? ORDER BY id = ? DESC LIMIT 1')
    .get(idOrCode, idOrCode, idOrCode) as CallRow | undefined;
  return row ? toCall(row, listChallenges(db, row.id)) : undefined;
}

export function callIdByCode(db: Db, code: string): string | undefined {
  const row = db.prepare('SELECT id FROM calls WHERE code = ?').get(code) as { id: string } | undefined;
  return row?.id;
}

export function listCalls(db: Db, includeArchived: boolean): (Call & { applicationCount: number })[] {
  const rows = db
    .prepare(
      `SELECT calls.*, (SELECT count(*) FROM applications WHERE applications.call_id = calls.id) AS application_count
       FROM calls WHERE @all = 1 OR status <> 'archived' ORDER BY created_at DESC, code`,
    )
    .all({ all: includeArchived ? 1 : 0 }) as (CallRow & { application_count: number })[];
  return rows.map((row) => ({
    ...toCall(row, listChallenges(db, row.id)),
    applicationCount: row.application_count,
  }));
}

function settingsParams(settings: CallSettings) {
  return {
    code: settings.code,
    title_zh: settings.title.zh,
    title_en: settings.title.en,
    category: settings.category,
    opens_at: settings.opensAt,
    closes_at: settings.closesAt,
    review_due_at: settings.reviewDueAt,
    budget_envelope: settings.budgetEnvelope,
    review_mode: settings.reviewMode,
    reviewers_per_application: settings.reviewersPerApplication,
    integrity_makes_ineligible: settings.integrityMakesIneligible ? 1 : 0,
  };
}

export function insertCall(
  db: Db,
  call: { id: string; template: string; settings: CallSettings; now: string },
): void {
  db.prepare(
    `INSERT INTO calls (id, code, title_zh, title_en, category, template, status, opens_at, closes_at,
       review_due_at, budget_envelope, review_mode, reviewers_per_application, integrity_makes_ineligible,
       rubric_version, created_at, updated_at)
     VALUES (@id, @code, @title_zh, @title_en, @category, @template, 'draft', @opens_at, @closes_at,
       @review_due_at, @budget_envelope, @review_mode, @reviewers_per_application, @integrity_makes_ineligible,
       1, @now, @now)`,
  ).run({ id: call.id, template: call.template, now: call.now, ...settingsParams(call.settings) });
}

export function updateCallSettings(db: Db, id: string, settings: CallSettings, now: string): void {
  db.prepare(
    `UPDATE calls SET code = @code, title_zh = @title_zh, title_en = @title_en, category = @category,
       opens_at = @opens_at, closes_at = @closes_at, review_due_at = @review_due_at,
       budget_envelope = @budget_envelope, review_mode = @review_mode,
       reviewers_per_application = @reviewers_per_application,
       integrity_makes_ineligible = @integrity_makes_ineligible, updated_at = @now
     WHERE id = @id`,
  ).run({ id, now, ...settingsParams(settings) });
}

export function setCallStatus(db: Db, id: string, status: CallStatus, now: string): void {
  db.prepare('UPDATE calls SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

/** Challenges that applications point to, by id (they cannot be removed from the call). */
export function challengesInUse(db: Db, callId: string): Set<string> {
  const rows = db
    .prepare(
      'SELECT DISTINCT challenge_id AS id FROM applications WHERE call_id = ? AND challenge_id IS NOT NULL',
    )
    .all(callId) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

/** Makes the call's challenges exactly `challenges` (all with ids): updates, inserts, deletes. */
export function replaceChallenges(db: Db, callId: string, challenges: Challenge[]): void {
  const keep = new Set(challenges.map((challenge) => challenge.id));
  const existing = db.prepare('SELECT id FROM challenges WHERE call_id = ?').all(callId) as { id: string }[];
  const remove = db.prepare('DELETE FROM challenges WHERE id = ?');
  for (const row of existing) if (!keep.has(row.id)) remove.run(row.id);
  // Codes are unique per call: park the kept rows on their ids first so that two challenges can swap codes.
  const park = db.prepare("UPDATE challenges SET code = 'parked:' || id WHERE id = ? AND call_id = ?");
  for (const challenge of challenges) park.run(challenge.id, callId);
  const upsert = db.prepare(
    `INSERT INTO challenges (id, call_id, code, title_zh, title_en, description, awards)
     VALUES (@id, @call_id, @code, @title_zh, @title_en, @description, @awards)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, title_zh = excluded.title_zh,
       title_en = excluded.title_en, description = excluded.description, awards = excluded.awards`,
  );
  for (const challenge of challenges) {
    upsert.run({
      id: challenge.id,
      call_id: callId,
      code: challenge.code,
      title_zh: challenge.title.zh,
      title_en: challenge.title.en,
      description: challenge.description,
      awards: challenge.awards,
    });
  }
}

export function insertRubricVersion(
  db: Db,
  callId: string,
  version: number,
  rubric: Rubric,
  now: string,
): void {
  db.prepare(
    'INSERT INTO rubric_versions (call_id, version, rubric_json, created_at) VALUES (?, ?, ?, ?)',
  ).run(callId, version, JSON.stringify(rubric), now);
}

/** Overwrites a version in place: only allowed while no package carries it (the handler checks). */
export function replaceRubricVersion(
  db: Db,
  callId: string,
  version: number,
  rubric: Rubric,
  now: string,
): void {
  db.prepare(
    'UPDATE rubric_versions SET rubric_json = ?, created_at = ? WHERE call_id = ? AND version = ?',
  ).run(JSON.stringify(rubric), now, callId, version);
}

export function setRubricVersion(db: Db, callId: string, version: number, now: string): void {
  db.prepare('UPDATE calls SET rubric_version = ?, updated_at = ? WHERE id = ?').run(version, now, callId);
}

export function getRubricVersion(
  db: Db,
  callId: string,
  version: number,
): { version: number; rubric: Rubric; createdAt: string } | undefined {
  const row = db
    .prepare('SELECT version, rubric_json, created_at FROM rubric_versions WHERE call_id = ? AND version = ?')
    .get(callId, version) as { version: number; rubric_json: string; created_at: string } | undefined;
  if (!row) return undefined;
  return {
    version: row.version,
    rubric: rubricSchema.parse(JSON.parse(row.rubric_json)),
    createdAt: row.created_at,
  };
}

export function listRubricVersions(db: Db, callId: string): { version: number; createdAt: string }[] {
  return z
    .array(z.object({ version: z.number().int(), createdAt: z.string() }))
    .parse(
      db
        .prepare(
          'SELECT version, created_at AS createdAt FROM rubric_versions WHERE call_id = ? ORDER BY version',
        )
        .all(callId),
    );
}
