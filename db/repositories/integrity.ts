import type { IntegrityFlagInfo } from '../../shared/domain/application';
import { applicationStatusSchema, type ApplicationStatus } from '../../shared/domain/application';
import type { IntegrityEntry, IntegrityEntryInput, IntegrityKind } from '../../shared/domain/integrity';
import { integrityKindSchema } from '../../shared/domain/integrity';
import { institutionKey } from '../../shared/normalize/institution';
import { personKey } from '../../shared/normalize/person';
import type { Db } from '../connection';

interface EntryRow {
  id: string;
  kind: string;
  name: string;
  institution: string;
  valid_from: string | null;
  valid_to: string | null;
  source: string;
  reason: string;
  created_at: string;
}

export function listIntegrityEntries(db: Db): IntegrityEntry[] {
  const rows = db
    .prepare(
      `SELECT e.*, (SELECT count(*) FROM integrity_flags f WHERE f.entry_id = e.id) AS flag_count
       FROM integrity_entries e ORDER BY e.kind DESC, e.name`,
    )
    .all() as (EntryRow & { flag_count: number })[];
  return rows.map((row) => ({
    id: row.id,
    kind: integrityKindSchema.parse(row.kind),
    name: row.name,
    institution: row.institution,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    source: row.source,
    reason: row.reason,
    createdAt: row.created_at,
    flagCount: row.flag_count,
  }));
}

/**
 * Stores entries with their normalised name and institution, so the list can be matched (and
 * searched) the same way whichever spelling was imported.
 */
export function insertIntegrityEntries(
  db: Db,
  entries: readonly { id: string; input: IntegrityEntryInput; createdAt: string }[],
): void {
  const insert = db.prepare(
    `INSERT INTO integrity_entries (id, kind, name, institution, normalized_name, normalized_institution,
       valid_from, valid_to, source, reason, created_at)
     VALUES (@id, @kind, @name, @institution, @normalizedName, @normalizedInstitution, @validFrom, @validTo,
       @source, @reason, @createdAt)`,
  );
  for (const { id, input, createdAt } of entries) {
    insert.run({
      id,
      kind: input.kind,
      name: input.name,
      institution: input.institution,
      normalizedName: input.kind === 'person' ? personKey(input.name) : institutionKey(input.name),
      normalizedInstitution: institutionKey(input.institution),
      validFrom: input.validFrom,
      validTo: input.validTo,
      source: input.source,
      reason: input.reason,
      createdAt,
    });
  }
}

export function deleteIntegrityEntry(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM integrity_entries WHERE id = ?').run(id).changes > 0;
}

export function integrityEntryExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM integrity_entries WHERE id = ?').get(id) !== undefined;
}

/** Entries in the form matching needs: normalised keys and validity period. */
export interface EntryFacts {
  id: string;
  kind: IntegrityKind;
  nameKey: string;
  institutionKey: string;
  validFrom: string | null;
  validTo: string | null;
}

export function integrityEntryFacts(db: Db): EntryFacts[] {
  const rows = db
    .prepare(
      `SELECT id, kind, normalized_name, normalized_institution, valid_from, valid_to FROM integrity_entries ORDER BY id`,
    )
    .all() as {
    id: string;
    kind: string;
    normalized_name: string;
    normalized_institution: string;
    valid_from: string | null;
    valid_to: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    kind: integrityKindSchema.parse(row.kind),
    nameKey: row.normalized_name,
    institutionKey: row.normalized_institution,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  }));
}

/** Replaces the integrity flags of every application of a call. */
export function replaceCallFlags(
  db: Db,
  callId: string,
  flags: readonly { applicationId: string; entryId: string; matchedBy: IntegrityFlagInfo['matchedBy'] }[],
): void {
  db.prepare(
    'DELETE FROM integrity_flags WHERE application_id IN (SELECT id FROM applications WHERE call_id = ?)',
  ).run(callId);
  const insert = db.prepare(
    'INSERT INTO integrity_flags (application_id, entry_id, reason) VALUES (?, ?, ?)',
  );
  for (const flag of flags) insert.run(flag.applicationId, flag.entryId, flag.matchedBy);
}

type FlagRow = IntegrityFlagInfo & {
  applicationId: string;
  referenceNo: string;
  title: string;
  piName: string;
  institution: string;
  status: ApplicationStatus;
};

const flagSelect = `SELECT f.application_id, f.entry_id, f.reason, e.name AS entry_name, e.institution AS entry_institution,
  e.reason AS entry_reason, e.source, a.reference_no, a.title, a.pi_name, a.institution, a.status
  FROM integrity_flags f JOIN integrity_entries e ON e.id = f.entry_id JOIN applications a ON a.id = f.application_id`;

interface RawFlag {
  application_id: string;
  entry_id: string;
  reason: string;
  entry_name: string;
  entry_institution: string;
  entry_reason: string;
  source: string;
  reference_no: string;
  title: string;
  pi_name: string;
  institution: string;
  status: string;
}

const matchedBy = (reason: string): IntegrityFlagInfo['matchedBy'] =>
  reason === 'pi' || reason === 'team' ? reason : 'institution';

function toFlag(row: RawFlag): FlagRow {
  return {
    applicationId: row.application_id,
    entryId: row.entry_id,
    matchedBy: matchedBy(row.reason),
    entryName: row.entry_name,
    entryInstitution: row.entry_institution,
    entryReason: row.entry_reason,
    source: row.source,
    referenceNo: row.reference_no,
    title: row.title,
    piName: row.pi_name,
    institution: row.institution,
    status: applicationStatusSchema.parse(row.status),
  };
}

export function listCallFlags(db: Db, callId: string): FlagRow[] {
  const rows = db
    .prepare(`${flagSelect} WHERE a.call_id = ? ORDER BY a.reference_no, e.name`)
    .all(callId) as RawFlag[];
  return rows.map(toFlag);
}

export function applicationFlags(db: Db, applicationId: string): IntegrityFlagInfo[] {
  const rows = db
    .prepare(`${flagSelect} WHERE f.application_id = ? ORDER BY e.name`)
    .all(applicationId) as RawFlag[];
  return rows.map((row) => {
    const { entryId, matchedBy: by, entryName, entryInstitution, entryReason, source } = toFlag(row);
    return { entryId, matchedBy: by, entryName, entryInstitution, entryReason, source };
  });
}
