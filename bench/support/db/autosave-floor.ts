import { openDatabase } from '../../../db/connection';

/**
 * The benchmark floor for autosave: one durable commit per save on a workspace file of the same
 * folder with the same pragmas (WAL, synchronous = FULL), writing the draft's JSON into one row —
 * no dispatcher, validation, merging of fields or history. Returns each commit's time in ms.
 */
export function rawDurableCommits(file: string, payloads: readonly string[]): number[] {
  const db = openDatabase(file, { create: true });
  try {
    db.exec('CREATE TABLE floor_probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
    db.prepare('INSERT INTO floor_probe (id, body) VALUES (1, ?)').run('');
    const write = db.prepare('UPDATE floor_probe SET body = ? WHERE id = 1');
    return payloads.map((payload) => {
      const started = performance.now();
      write.run(payload);
      return performance.now() - started;
    });
  } finally {
    db.close();
  }
}
