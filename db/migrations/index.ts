import { sql as core } from './0001-core';
import { sql as office } from './0002-office';
import { sql as packages } from './0003-packages';
import { sql as reviewer } from './0004-reviewer';
import { sql as results } from './0005-results';
import { sql as panel } from './0006-panel';
import { sql as keyPassphrase } from './0007-key-passphrase';
import { sql as search } from './0008-search';
import { sql as reviewerRecord } from './0009-reviewer-record';
import { sql as officerDailyUse } from './0010-officer-daily-use';
import { sql as panelBundles } from './0011-panel-bundles';
import { sql as conflictWaivers } from './0012-conflict-waivers';

/**
 * Ordered migrations; migration i (1-based) brings the workspace to `PRAGMA user_version = i`.
 * Append only: a shipped migration is never edited or reordered.
 */
export const migrations: readonly string[] = [
  core,
  office,
  packages,
  reviewer,
  results,
  panel,
  keyPassphrase,
  search,
  reviewerRecord,
  officerDailyUse,
  panelBundles,
  conflictWaivers,
];

export const latestSchemaVersion = migrations.length;
