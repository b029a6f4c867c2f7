import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';

/**
 * `PRAGMA application_id` of every Peerdesk workspace: the ASCII bytes "PDSK" (0x5044534B). SQLite
 * keeps it at byte offset 68 of the file header, so a file can be identified by reading 100 bytes.
 */
export const PEERDESK_APPLICATION_ID = 0x5044534b;

const HEADER_BYTES = 100;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

/**
 * What a file on disk is, found without writing anything:
 * - `missing`: no file;
 * - `workspace`: stamped with {@link PEERDESK_APPLICATION_ID};
 * - `legacy`: written by a Peerdesk before the stamp (application_id 0, schema version set, a
 *   `workspace_meta` row with an id) — opened normally and stamped then;
 * - `foreign`: anything else (another app's database, an empty or a non-SQLite file).
 */
export type WorkspaceFileKind = 'missing' | 'workspace' | 'legacy' | 'foreign';

export function identifyWorkspaceFile(file: string): WorkspaceFileKind {
  if (!existsSync(file)) return 'missing';
  const header = readHeader(file);
  if (!header || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return 'foreign';
  const applicationId = header.readUInt32BE(APPLICATION_ID_OFFSET);
  if (applicationId === PEERDESK_APPLICATION_ID) return 'workspace';
  if (applicationId !== 0) return 'foreign';
  // The header's user_version can lag behind a WAL that was never checkpointed; a -wal file with
  // content means the real answer is only readable through SQLite.
  const headerVersion = header.readUInt32BE(USER_VERSION_OFFSET);
  if (headerVersion === 0 && !hasContent(`${file}-wal`)) return 'foreign';
  return hasWorkspaceMeta(file) ? 'legacy' : 'foreign';
}

function readHeader(file: string): Buffer | undefined {
  if (!statSync(file).isFile()) return undefined;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, HEADER_BYTES, 0) === HEADER_BYTES ? header : undefined;
  } finally {
    closeSync(fd);
  }
}

function hasContent(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0;
}

/** Read-only probe; removes the -wal/-shm a WAL-mode file may get from it if they were not there. */
function hasWorkspaceMeta(file: string): boolean {
  const companions = [`${file}-wal`, `${file}-shm`].filter((companion) => !existsSync(companion));
  const nativeBinding = process.env.PEERDESK_SQLITE_BINDING;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const table = probe
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'workspace_meta'")
      .get();
    if (!table) return false;
    return probe.prepare("SELECT 1 FROM workspace_meta WHERE key = 'id'").get() !== undefined;
  } catch {
    return false;
  } finally {
    probe?.close();
    for (const companion of companions)
      if (existsSync(companion) && !hasContent(companion)) rmSync(companion);
  }
}
