import { z } from 'zod';
import {
  applicationStatusSchema,
  type ApplicationDraft,
  type ApplicationEdit,
  type ApplicationRow,
  type ApplicationSort,
  type ApplicationStatus,
  type AttachmentInfo,
  type BudgetLine,
} from '../../shared/domain/application';
import type { Db } from '../connection';
import type { ApplicationFields } from './application-fields';

export interface NewApplication {
  id: string;
  callId: string;
  challengeId: string | null;
  draft: ApplicationDraft;
  createdAt: string;
}

export interface NewAttachment {
  id: string;
  applicationId: string;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
}

const stringArray = z.array(z.string());
const parseList = (json: string): string[] => stringArray.parse(JSON.parse(json));

/** Writes applications with their budget lines; the caller runs this inside its transaction. */
export function insertApplications(db: Db, applications: readonly NewApplication[]): void {
  const insert = db.prepare(
    `INSERT INTO applications (id, call_id, reference_no, title, abstract, keywords_json, discipline,
       challenge_id, pi_name, institution, email, team_json, duration_months, requested_total, created_at,
       languages_json)
     VALUES (@id, @callId, @referenceNo, @title, @abstract, @keywords, @discipline, @challengeId, @piName,
       @institution, @email, @team, @durationMonths, @requestedTotal, @createdAt, @languages)`,
  );
  const line = db.prepare(
    'INSERT INTO budget_lines (application_id, work_package, year, amount) VALUES (?, ?, ?, ?)',
  );
  for (const application of applications) {
    const { draft } = application;
    insert.run({
      id: application.id,
      callId: application.callId,
      referenceNo: draft.referenceNo,
      title: draft.title,
      abstract: draft.abstract,
      keywords: JSON.stringify(draft.keywords),
      discipline: draft.discipline,
      challengeId: application.challengeId,
      piName: draft.piName,
      institution: draft.institution,
      email: draft.email,
      team: JSON.stringify(draft.team),
      durationMonths: draft.durationMonths,
      requestedTotal: draft.requestedTotal,
      createdAt: application.createdAt,
      languages: JSON.stringify(draft.languages),
    });
    for (const budget of draft.budgetLines)
      line.run(application.id, budget.workPackage, budget.year, budget.amount);
  }
}

export function insertAttachments(db: Db, attachments: readonly NewAttachment[]): void {
  const insert = db.prepare(
    'INSERT INTO attachments (id, application_id, file_name, sha256, size, content) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const attachment of attachments) {
    insert.run(
      attachment.id,
      attachment.applicationId,
      attachment.fileName,
      attachment.sha256,
      attachment.bytes.byteLength,
      attachment.bytes,
    );
  }
}

/** Reference number → application id, for the applications of one call. */
export function referenceIndex(db: Db, callId: string): Map<string, string> {
  const rows = db.prepare('SELECT id, reference_no FROM applications WHERE call_id = ?').all(callId) as {
    id: string;
    reference_no: string;
  }[];
  return new Map(rows.map((row) => [row.reference_no, row.id]));
}

/** `${applicationId}:${sha256}` of every attachment already stored for a call. */
export function storedAttachmentKeys(db: Db, callId: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT attachments.application_id AS id, attachments.sha256 AS sha FROM attachments
       JOIN applications ON applications.id = attachments.application_id WHERE applications.call_id = ?`,
    )
    .all(callId) as { id: string; sha: string }[];
  return new Set(rows.map((row) => `${row.id}:${row.sha}`));
}

export interface ApplicationFilter {
  callId: string;
  query: string;
  statuses: ApplicationStatus[];
  discipline?: string;
  challengeCode?: string;
  flaggedOnly: boolean;
  sort: ApplicationSort;
}

const sortColumns: Record<ApplicationSort, string> = {
  referenceNo: 'a.reference_no',
  title: 'a.title',
  piName: 'a.pi_name',
  institution: 'a.institution',
  requestedTotal: 'a.requested_total',
};

/** FTS5 trigram needs three characters; shorter terms are matched with LIKE instead. */
const TRIGRAM = 3;

/** The fields search looks in: the columns of applications_fts (migration 6). */
const searchedColumns = ['reference_no', 'title', 'abstract', 'keywords', 'pi_name', 'institution', 'team'];

/**
 * The WHERE clause of a filter. Every term of `query` must occur in one of the searched fields.
 * Terms of three or more characters use the trigram index; shorter ones (common in Chinese:
 * “水稻”, “张伟”, or “AI”) a LIKE scan over the index's copy of the same fields.
 */
function filterClause(filter: ApplicationFilter): { where: string; params: Record<string, string> } {
  const where = ['a.call_id = @callId'];
  const params: Record<string, string> = { callId: filter.callId };
  const terms = filter.query
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter((term) => term !== '');
  const longTerms = terms.filter((term) => [...term].length >= TRIGRAM);
  if (longTerms.length > 0) {
    params.match = longTerms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ');
    where.push('a.id IN (SELECT application_id FROM applications_fts WHERE applications_fts MATCH @match)');
  }
  terms
    .filter((term) => [...term].length < TRIGRAM)
    .forEach((term, index) => {
      params[`like${index}`] = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      const anyField = searchedColumns.map((column) => `${column} LIKE @like${index} ESCAPE '\\'`);
      where.push(`a.id IN (SELECT application_id FROM applications_fts WHERE ${anyField.join(' OR ')})`);
    });
  if (filter.statuses.length > 0) {
    filter.statuses.forEach((status, index) => (params[`status${index}`] = status));
    where.push(`a.status IN (${filter.statuses.map((_, index) => `@status${index}`).join(', ')})`);
  }
  if (filter.discipline !== undefined) {
    params.discipline = filter.discipline;
    where.push('a.discipline = @discipline');
  }
  if (filter.challengeCode !== undefined) {
    params.challengeCode = filter.challengeCode;
    where.push('c.code = @challengeCode');
  }
  if (filter.flaggedOnly)
    where.push('EXISTS (SELECT 1 FROM integrity_flags f WHERE f.application_id = a.id)');
  return { where: where.join(' AND '), params };
}

/** One application that matches a filter, with the value it sorts by (text or amount). */
export interface ApplicationSortKey {
  id: string;
  referenceNo: string;
  key: string | number;
}

/**
 * Every application matching `filter`, unordered, with its sort key. The caller orders them
 * (names by pinyin, which SQLite cannot do) and fetches the page with `applicationRows`.
 */
export function matchingApplications(db: Db, filter: ApplicationFilter): ApplicationSortKey[] {
  const { where, params } = filterClause(filter);
  return db
    .prepare(
      `SELECT a.id, a.reference_no AS referenceNo, ${sortColumns[filter.sort]} AS key
       FROM applications a LEFT JOIN challenges c ON c.id = a.challenge_id WHERE ${where}`,
    )
    .all(params) as ApplicationSortKey[];
}

/** The table rows of the given applications, in the order of `ids`. */
export function applicationRows(db: Db, ids: readonly string[]): ApplicationRow[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.reference_no, a.title, a.keywords_json, a.discipline, c.code AS challenge_code, a.pi_name,
         a.institution, a.requested_total, a.status,
         (SELECT count(*) FROM attachments t WHERE t.application_id = a.id) AS attachment_count,
         (SELECT count(*) FROM integrity_flags f WHERE f.application_id = a.id) AS flag_count,
         (SELECT count(DISTINCT reviewer_id) FROM conflicts k WHERE k.application_id = a.id AND k.waived_at IS NULL)
           AS conflict_count
       FROM applications a LEFT JOIN challenges c ON c.id = a.challenge_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as {
    id: string;
    reference_no: string;
    title: string;
    keywords_json: string;
    discipline: string;
    challenge_code: string | null;
    pi_name: string;
    institution: string;
    requested_total: number;
    status: string;
    attachment_count: number;
    flag_count: number;
    conflict_count: number;
  }[];
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        referenceNo: row.reference_no,
        title: row.title,
        keywords: parseList(row.keywords_json),
        discipline: row.discipline,
        challengeCode: row.challenge_code,
        piName: row.pi_name,
        institution: row.institution,
        requestedTotal: row.requested_total,
        status: applicationStatusSchema.parse(row.status),
        attachmentCount: row.attachment_count,
        flagCount: row.flag_count,
        conflictCount: row.conflict_count,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function listDisciplines(db: Db, callId: string): string[] {
  const rows = db
    .prepare(
      "SELECT DISTINCT discipline FROM applications WHERE call_id = ? AND discipline <> '' ORDER BY discipline",
    )
    .all(callId) as { discipline: string }[];
  return rows.map((row) => row.discipline);
}

export interface StoredApplication extends ApplicationFields {
  callId: string;
  challengeCode: string | null;
  challengeTitle: { zh: string; en: string } | null;
  status: ApplicationStatus;
  createdAt: string;
  budgetLines: BudgetLine[];
  attachments: AttachmentInfo[];
  languages: string[];
}

export function getApplication(db: Db, id: string): StoredApplication | undefined {
  const row = db
    .prepare(
      `SELECT a.*, c.code AS challenge_code, c.title_zh AS challenge_zh, c.title_en AS challenge_en
       FROM applications a LEFT JOIN challenges c ON c.id = a.challenge_id WHERE a.id = ?`,
    )
    .get(id) as
    | {
        id: string;
        call_id: string;
        reference_no: string;
        title: string;
        abstract: string;
        keywords_json: string;
        discipline: string;
        challenge_id: string | null;
        challenge_code: string | null;
        challenge_zh: string | null;
        challenge_en: string | null;
        pi_name: string;
        institution: string;
        email: string;
        team_json: string;
        duration_months: number | null;
        requested_total: number;
        status: string;
        created_at: string;
        languages_json: string;
      }
    | undefined;
  if (!row) return undefined;
  const budgetLines = db
    .prepare(
      'SELECT work_package AS workPackage, year, amount FROM budget_lines WHERE application_id = ? ORDER BY work_package, year',
    )
    .all(id) as BudgetLine[];
  const attachments = db
    .prepare(
      'SELECT id, file_name AS fileName, sha256, size FROM attachments WHERE application_id = ? ORDER BY file_name',
    )
    .all(id) as AttachmentInfo[];
  return {
    id: row.id,
    callId: row.call_id,
    referenceNo: row.reference_no,
    title: row.title,
    abstract: row.abstract,
    keywords: parseList(row.keywords_json),
    discipline: row.discipline,
    challengeId: row.challenge_id,
    challengeCode: row.challenge_code,
    challengeTitle:
      row.challenge_zh !== null && row.challenge_en !== null
        ? { zh: row.challenge_zh, en: row.challenge_en }
        : null,
    piName: row.pi_name,
    institution: row.institution,
    email: row.email,
    team: parseList(row.team_json),
    durationMonths: row.duration_months,
    requestedTotal: row.requested_total,
    status: applicationStatusSchema.parse(row.status),
    createdAt: row.created_at,
    budgetLines,
    attachments,
    languages: parseList(row.languages_json),
  };
}

export function getAttachment(
  db: Db,
  id: string,
): { fileName: string; sha256: string; bytes: Uint8Array<ArrayBuffer> } | undefined {
  const row = db.prepare('SELECT file_name, sha256, content FROM attachments WHERE id = ?').get(id) as
    { file_name: string; sha256: string; content: Buffer } | undefined;
  return row
    ? { fileName: row.file_name, sha256: row.sha256, bytes: Uint8Array.from(row.content) }
    : undefined;
}

/** What conflict detection and integrity matching need to know about an application. */
export interface ApplicantFacts {
  id: string;
  piName: string;
  institution: string;
  email: string;
  team: string[];
  status: ApplicationStatus;
  ineligibleByIntegrity: boolean;
}

export function applicantFacts(db: Db, callId: string): ApplicantFacts[] {
  const rows = db
    .prepare(
      `SELECT id, pi_name, institution, email, team_json, status, ineligible_by_integrity
       FROM applications WHERE call_id = ? ORDER BY reference_no`,
    )
    .all(callId) as {
    id: string;
    pi_name: string;
    institution: string;
    email: string;
    team_json: string;
    status: string;
    ineligible_by_integrity: number;
  }[];
  return rows.map((row) => ({
    id: row.id,
    piName: row.pi_name,
    institution: row.institution,
    email: row.email,
    team: parseList(row.team_json),
    status: applicationStatusSchema.parse(row.status),
    ineligibleByIntegrity: row.ineligible_by_integrity === 1,
  }));
}

/** Sets an application's status and records whether the integrity list is the reason. */
export function setIntegrityStatus(
  db: Db,
  id: string,
  status: ApplicationStatus,
  byIntegrity: boolean,
): void {
  db.prepare('UPDATE applications SET status = ?, ineligible_by_integrity = ? WHERE id = ?').run(
    status,
    byIntegrity ? 1 : 0,
    id,
  );
}

/** Writes an officer's corrections; the search index follows through its triggers. */
export function updateApplication(db: Db, id: string, edit: ApplicationEdit): void {
  db.prepare(
    `UPDATE applications SET title = @title, abstract = @abstract, keywords_json = @keywords,
       discipline = @discipline, pi_name = @piName, institution = @institution, email = @email,
       team_json = @team, duration_months = @durationMonths, requested_total = @requestedTotal,
       languages_json = @languages
     WHERE id = @id`,
  ).run({
    ...edit,
    id,
    keywords: JSON.stringify(edit.keywords),
    team: JSON.stringify(edit.team),
    languages: JSON.stringify(edit.languages),
  });
}

/**
 * Withdraws an application: its status becomes `withdrawn` and every pair still assigned to it is
 * released, so no package sends it and no reviewer counts it. Reviews already received stay on
 * record (ranking leaves withdrawn applications out). Returns how many pairs were released.
 */
export function withdrawApplication(db: Db, id: string): number {
  db.prepare("UPDATE applications SET status = 'withdrawn' WHERE id = ?").run(id);
  return db
    .prepare("UPDATE assignments SET status = 'released' WHERE application_id = ? AND status = 'assigned'")
    .run(id).changes;
}
