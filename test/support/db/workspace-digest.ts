import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../../db/connection';
import { RECEIPT_ONLY_AUDIT_ACTIONS } from '../../../db/repositories/merge';

/**
 * SHA-256 over a workspace's logical content: every row of every ordinary table (virtual tables are
 * skipped; their shadow tables are hashed), tables by name, rows in primary-key order, each value
 * typed by SQLite's `quote()` and length-prefixed so no two contents hash alike.
 *
 * Always left out: the audit entries of imports that changed nothing (a refused bundle, a re-import
 * of a bundle already applied). Refusals ARE audit-logged; those entries record the refusal itself,
 * and "a refused bundle changes nothing" means nothing else.
 *
 * With `receipts: 'exclude'` the digest also leaves out *when and through which file* things
 * arrived: the audit and bundle logs, history row ids, `received_at` and `bundle_digest`, and the
 * merge-time stamps of reviews and declared conflicts. What remains is what merge promises to be
 * independent of bundle order and repetition.
 */
export interface WorkspaceDigestOptions {
  receipts?: 'include' | 'exclude';
}

const RECEIPT_TABLES = new Set(['audit_log', 'bundle_log']);
const RECEIPT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  review_history: ['id', 'received_at', 'bundle_digest'],
  reviews: ['updated_at', 'submitted_at'],
  conflicts: ['created_at'],
};

interface ColumnInfo {
  name: string;
  pk: number;
}

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

interface TableReader {
  header: string;
  statement: Statement;
  filtered: boolean;
}

/** Readers per connection and options, rebuilt whenever the schema changes. */
const readers = new WeakMap<Db, Map<string, { schemaVersion: number; tables: TableReader[] }>>();

export function workspaceDigest(db: Db, options: WorkspaceDigestOptions = {}): string {
  const hash = createHash('sha256');
  const add = (text: string) => hash.update(`${text.length}:${text}`);
  for (const reader of tableReaders(db, options.receipts === 'exclude')) {
    add(reader.header);
    const rows = (
      reader.filtered ? reader.statement.iterate(...RECEIPT_ONLY_AUDIT_ACTIONS) : reader.statement.iterate()
    ) as Iterable<string[]>;
    for (const row of rows) {
      add(`row ${row.length}`);
      for (const value of row) add(value);
    }
  }
  return hash.digest('hex');
}

function tableReaders(db: Db, excludeReceipts: boolean): TableReader[] {
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  const key = excludeReceipts ? 'exclude' : 'include';
  let perDb = readers.get(db);
  if (!perDb) {
    perDb = new Map();
    readers.set(db, perDb);
  }
  const cached = perDb.get(key);
  if (cached?.schemaVersion === schemaVersion) return cached.tables;
  const names = db
    .prepare(
      `SELECT name FROM sqlite_schema
       WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const tables: TableReader[] = [];
  for (const table of names) {
    if (excludeReceipts && RECEIPT_TABLES.has(table)) continue;
    const skipped = excludeReceipts ? (RECEIPT_COLUMNS[table] ?? []) : [];
    const all = db.prepare(`PRAGMA table_info(${quoteName(table)})`).all() as ColumnInfo[];
    const columns = all.filter((column) => !skipped.includes(column.name));
    const primaryKey = all.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
    // Without (all of) its primary key a table is ordered by every remaining column: the same rows
    // then always come out in the same order.
    const keyKept = primaryKey.length > 0 && primaryKey.every((column) => !skipped.includes(column.name));
    const order = keyKept ? primaryKey : columns;
    const filtered = table === 'audit_log';
    const where = filtered
      ? `WHERE action NOT IN (${RECEIPT_ONLY_AUDIT_ACTIONS.map(() => '?').join(', ')})`
      : '';
    const statement = db
      .prepare(
        `SELECT ${columns.map((column) => `quote(${quoteName(column.name)})`).join(', ')}
         FROM ${quoteName(table)} ${where}
         ORDER BY ${order.map((column) => quoteName(column.name)).join(', ')}`,
      )
      .raw();
    tables.push({
      header: `table ${table} ${columns.map((column) => column.name).join(',')}`,
      statement,
      filtered,
    });
  }
  perDb.set(key, { schemaVersion, tables });
  return tables;
}
