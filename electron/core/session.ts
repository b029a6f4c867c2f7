import path from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { openDatabase, passesQuickCheck, schemaVersion, type Db } from '../../db/connection';
import { damagedRefusal } from '../../db/damage';
import { readMeta, writeMeta } from '../../db/repositories/workspace-meta';
import { AppError } from '../../shared/errors';
import { workspaceRoleSchema, type WorkspaceInfo, type WorkspaceRole } from '../../shared/domain/workspace';
import type { KeyProtector, Services } from './context';
import { randomUuid } from './ids';

export interface OpenWorkspace {
  db: Db;
  info: WorkspaceInfo;
}

/** A workspace held open for a long-running use case; see {@link Session.hold}. */
export interface HeldWorkspace extends OpenWorkspace {
  /** Aborted when the workspace is closed or switched while the work runs. */
  closed: AbortSignal;
  /** Ends the hold; the last one ends a deferred close. Call exactly once (in `finally`). */
  release: () => void;
}

interface Current extends OpenWorkspace {
  closing: AbortController;
  holds: number;
}

interface RecentEntry {
  path: string;
  name: string;
  role: WorkspaceRole;
  openedAt: string;
}

const RECENT_LIMIT = 10;

/** The workspace a door is working on. One per process: the desktop window, the shell, a CLI run. */
export class Session {
  private current: Current | null = null;
  /** The office passphrase protector once `keys.unlock` succeeded; forgotten when the workspace closes. */
  private unlockedKeys: KeyProtector | null = null;

  constructor(private readonly services: Services) {}

  /** The open workspace's unlocked passphrase protector, if any. */
  get passphraseProtector(): KeyProtector | null {
    return this.current ? this.unlockedKeys : null;
  }

  /** Keeps `protector` for the open workspace until it is closed or switched. */
  unlockKeys(protector: KeyProtector): void {
    this.require();
    this.unlockedKeys = protector;
  }

  get workspace(): OpenWorkspace | null {
    return this.current;
  }

  /** The open workspace, or a translated refusal when there is none (or it has the wrong role). */
  require(role?: WorkspaceRole): OpenWorkspace {
    if (!this.current) throw new AppError('errors.noWorkspace');
    if (role && this.current.info.role !== role) {
      throw new AppError('errors.wrongWorkspaceRole', { expected: role, actual: this.current.info.role });
    }
    return this.current;
  }

  /**
   * The open workspace, after a fresh `quick_check`, for use cases that write a lot at once (merge,
   * import, backup): a damaged workspace is refused with a pointer to its latest backup.
   */
  requireIntact(role?: WorkspaceRole): OpenWorkspace {
    const workspace = this.require(role);
    if (!passesQuickCheck(workspace.db)) throw damagedRefusal(workspace.db, workspace.info.path);
    return workspace;
  }

  /**
   * Holds the intact workspace for work that awaits between its statements. Closing or switching the
   * workspace meanwhile detaches it at once (new requests see the next state) and aborts `closed`;
   * the connection itself is closed when the last hold is released, so running work never meets a
   * closed connection.
   */
  hold(role?: WorkspaceRole): HeldWorkspace {
    this.requireIntact(role);
    const current = this.current as Current;
    current.holds += 1;
    let released = false;
    return {
      db: current.db,
      info: current.info,
      closed: current.closing.signal,
      release: () => {
        if (released) return;
        released = true;
        current.holds -= 1;
        if (current.holds === 0 && current.closing.signal.aborted) current.db.close();
      },
    };
  }

  create(options: { name: string; role: WorkspaceRole; path?: string }): OpenWorkspace {
    const file = path.resolve(options.path ?? this.defaultPath(options.name));
    mkdirSync(path.dirname(file), { recursive: true });
    const db = openDatabase(file, { create: true, busyTimeoutMs: this.services.busyTimeoutMs });
    writeMeta(db, {
      id: randomUuid(this.services.randomBytes),
      name: options.name,
      role: options.role,
      createdAt: this.services.now().toISOString(),
      createdBy: `peerdesk ${this.services.appVersion}`,
    });
    return this.adopt(file, db);
  }

  open(file: string): OpenWorkspace {
    const resolved = path.resolve(file);
    const db = openDatabase(resolved, { create: false, busyTimeoutMs: this.services.busyTimeoutMs });
    return this.adopt(resolved, db);
  }

  close(): boolean {
    const current = this.current;
    if (!current) return false;
    this.current = null;
    this.unlockedKeys = null;
    current.closing.abort();
    if (current.holds === 0) current.db.close();
    return true;
  }

  recent(): RecentEntry[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.recentFile(), 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isRecentEntry) : [];
    } catch {
      return [];
    }
  }

  private adopt(file: string, db: Db): OpenWorkspace {
    const meta = readMeta(db);
    const role = workspaceRoleSchema.safeParse(meta.role);
    if (!role.success || !meta.id) {
      db.close();
      throw new AppError('errors.notAWorkspace', { path: file });
    }
    this.close();
    const info: WorkspaceInfo = {
      id: meta.id,
      name: meta.name ?? path.basename(file),
      role: role.data,
      path: file,
      createdAt: meta.createdAt ?? '',
      schemaVersion: schemaVersion(db),
    };
    this.current = { db, info, closing: new AbortController(), holds: 0 };
    this.remember({
      path: file,
      name: info.name,
      role: info.role,
      openedAt: this.services.now().toISOString(),
    });
    return this.current;
  }

  private remember(entry: RecentEntry): void {
    const list = [entry, ...this.recent().filter((item) => item.path !== entry.path)].slice(0, RECENT_LIMIT);
    mkdirSync(this.services.dataDir, { recursive: true });
    writeFileSync(this.recentFile(), JSON.stringify(list, null, 2));
  }

  private recentFile(): string {
    return path.join(this.services.dataDir, 'recent-workspaces.json');
  }

  private defaultPath(name: string): string {
    const slug =
      name
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N}_-]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'workspace';
    return path.join(this.services.dataDir, 'workspaces', `${slug.slice(0, 60)}.peerdesk.sqlite`);
  }
}

function isRecentEntry(value: unknown): value is RecentEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    typeof entry.name === 'string' &&
    workspaceRoleSchema.safeParse(entry.role).success &&
    typeof entry.openedAt === 'string'
  );
}
