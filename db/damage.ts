import { existsSync } from 'node:fs';
import { AppError } from '../shared/errors';
import type { Db } from './connection';

/**
 * The refusal for a workspace whose `quick_check` failed. It names the newest backup the workspace
 * recorded (`workspace.backup` audit entries hold the target path) that still exists; the audit log
 * itself may sit on a damaged page, so failing to read it just means no backup can be named.
 */
export function damagedRefusal(db: Db, file: string): AppError {
  const backup = latestBackup(db);
  return backup
    ? new AppError('errors.workspaceDamaged', { path: file, backup })
    : new AppError('errors.workspaceDamagedNoBackup', { path: file });
}

function latestBackup(db: Db): string | undefined {
  try {
    const targets = db
      .prepare("SELECT subject FROM audit_log WHERE action = 'workspace.backup' ORDER BY id DESC LIMIT 20")
      .pluck()
      .all() as string[];
    return targets.find((target) => existsSync(target));
  } catch {
    return undefined;
  }
}
