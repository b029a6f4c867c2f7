import { existsSync } from 'node:fs';
import { AppError } from '../shared/errors';
import type { Db } from './connection';

/** A consistent copy made by SQLite itself (never a file copy, which can tear a WAL database). */
export async function backupDatabase(db: Db, target: string): Promise<void> {
  if (existsSync(target)) throw new AppError('errors.fileExists', { path: target });
  await db.backup(target);
}
