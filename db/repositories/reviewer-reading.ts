import { rubricSchema, type Rubric } from '../../shared/domain/rubric';
import type { Db } from '../connection';
import type { ApplicationFields } from './application-fields';

/** Read side of a reviewer workspace: calls, assigned applications, budgets and attachments. */
export interface ReviewerCallRow {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  category: 'general' | 'lump-sum' | 'challenge';
  reviewMode: 'open' | 'blind';
  dueAt: string | null;
  rubricVersion: number;
}

export interface AssignedApplicationRow extends ApplicationFields {
  callId: string;
  archived: boolean;
  dueAt: string | null;
}

const selectCall = `SELECT id, code, title_zh AS titleZh, title_en AS titleEn, category,
  review_mode AS reviewMode, review_due_at AS dueAt, rubric_version AS rubricVersion FROM calls`;

export function listCalls(db: Db): ReviewerCallRow[] {
  return db.prepare(`${selectCall} ORDER BY code`).all() as ReviewerCallRow[];
}

export function findCall(db: Db, callId: string): ReviewerCallRow | undefined {
  return db.prepare(`${selectCall} WHERE id = ?`).get(callId) as ReviewerCallRow | undefined;
}

export function rubricOf(db: Db, callId: string, version: number): Rubric {
  const row = db
    .prepare('SELECT rubric_json AS json FROM rubric_versions WHERE call_id = ? AND version = ?')
    .get(callId, version) as { json: string } | undefined;
  if (!row) throw new Error(`rubric version ${version} of call ${callId} is missing`);
  return rubricSchema.parse(JSON.parse(row.json));
}

interface ApplicationRow extends Omit<AssignedApplicationRow, 'keywords' | 'team' | 'archived'> {
  keywords: string;
  team: string;
  status: string;
}

const selectApplication = `SELECT a.id, a.call_id AS callId, a.reference_no AS referenceNo, a.title,
  a.abstract, a.keywords_json AS keywords, a.discipline, a.challenge_id AS challengeId,
  a.pi_name AS piName, a.institution, a.email, a.team_json AS team,
  a.duration_months AS durationMonths, a.requested_total AS requestedTotal, a.status,
  s.due_at AS dueAt
  FROM applications a JOIN assignments s ON s.application_id = a.id AND s.reviewer_id = @reviewerId`;

function toApplication(row: ApplicationRow): AssignedApplicationRow {
  const { status, keywords, team, ...rest } = row;
  return {
    ...rest,
    keywords: JSON.parse(keywords) as string[],
    team: JSON.parse(team) as string[],
    archived: status === 'archived',
  };
}

/** Every application ever assigned to the reviewer, archived ones included, by reference number. */
export function listAssignedApplications(db: Db, reviewerId: string): AssignedApplicationRow[] {
  const rows = db
    .prepare(`${selectApplication} ORDER BY a.call_id, a.reference_no`)
    .all({ reviewerId }) as ApplicationRow[];
  return rows.map(toApplication);
}

/** An assigned application by id, else by reference number (unique within a call). */
export function findAssignedApplication(
  db: Db,
  reviewerId: string,
  ref: string,
): AssignedApplicationRow | undefined {
  const byId = db.prepare(`${selectApplication} WHERE a.id = @ref`).get({ reviewerId, ref }) as
    ApplicationRow | undefined;
  if (byId) return toApplication(byId);
  const byReference = db
    .prepare(`${selectApplication} WHERE a.reference_no = @ref ORDER BY a.status = 'archived', a.call_id`)
    .all({ reviewerId, ref }) as ApplicationRow[];
  return byReference.length === 1 && byReference[0] ? toApplication(byReference[0]) : undefined;
}

export function findChallenge(
  db: Db,
  challengeId: string,
): { code: string; titleZh: string; titleEn: string } | undefined {
  return db
    .prepare('SELECT code, title_zh AS titleZh, title_en AS titleEn FROM challenges WHERE id = ?')
    .get(challengeId) as { code: string; titleZh: string; titleEn: string } | undefined;
}

export function budgetLinesOf(
  db: Db,
  applicationId: string,
): { workPackage: string; year: number; amount: number }[] {
  return db
    .prepare(
      `SELECT work_package AS workPackage, year, amount FROM budget_lines
       WHERE application_id = ? ORDER BY work_package, year`,
    )
    .all(applicationId) as { workPackage: string; year: number; amount: number }[];
}

export function attachmentsOf(
  db: Db,
  applicationId: string,
): { id: string; fileName: string; size: number; sha256: string }[] {
  return db
    .prepare(
      `SELECT id, file_name AS fileName, size, sha256 FROM attachments
       WHERE application_id = ? ORDER BY file_name, sha256`,
    )
    .all(applicationId) as { id: string; fileName: string; size: number; sha256: string }[];
}

/** An attachment's bytes, only if it belongs to an application assigned to the reviewer. */
export function readAttachment(
  db: Db,
  reviewerId: string,
  attachmentId: string,
): { fileName: string; sha256: string; bytes: Uint8Array } | undefined {
  const row = db
    .prepare(
      `SELECT t.file_name AS fileName, t.sha256, t.content FROM attachments t
       JOIN assignments s ON s.application_id = t.application_id AND s.reviewer_id = ?
       WHERE t.id = ?`,
    )
    .get(reviewerId, attachmentId) as { fileName: string; sha256: string; content: Buffer } | undefined;
  return row ? { fileName: row.fileName, sha256: row.sha256, bytes: new Uint8Array(row.content) } : undefined;
}
