import type { Db } from '../connection';

export function readMeta(db: Db): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM workspace_meta').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export function writeMeta(db: Db, values: Record<string, string>): void {
  const upsert = db.prepare(
    'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(values)) upsert.run(key, value);
  })();
}
