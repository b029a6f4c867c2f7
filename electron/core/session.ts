import path from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { openDatabase, schemaVersion, type Db } from '../../db/connection';
import { readMeta, writeMeta } from '../../db/repositories/workspace-meta';
import { AppError } from '../../shared/errors';
import { workspaceRoleSchema, type WorkspaceInfo, type WorkspaceRole } from '../../shared/domain/workspace';
import type { Services } from './context';

export interface OpenWorkspace {
  db: Db;
  info: WorkspaceInfo;
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
  private current: OpenWorkspace | null = null;

  constructor(private readonly services: Services) {}

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

  create(options: { name: string; role: WorkspaceRole; path?: string }): OpenWorkspace {
    const file = path.resolve(options.path ?? this.defaultPath(options.name));
    mkdirSync(path.dirname(file), { recursive: true });
    ownerOnlyFile(file);
    const db = openDatabase(file, { create: true });
    if (Object.keys(readMeta(db)).length > 0) {
      db.close();
      throw new AppError('errors.workspaceExists', { path: file });
    }
    writeMeta(db, {
      id: randomUUID(),
      name: options.name,
      role: options.role,
      createdAt: this.services.now().toISOString(),
      createdBy: `peerdesk ${this.services.appVersion}`,
    });
    return this.adopt(file, db);
  }

  open(file: string): OpenWorkspace {
    const resolved = path.resolve(file);
    const db = openDatabase(resolved, { create: false });
    return this.adopt(resolved, db);
  }

  close(): boolean {
    if (!this.current) return false;
    this.current.db.close();
    this.current = null;
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
    this.current = { db, info };
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

/**
 * Makes `file` empty and readable by its owner only (0600) unless it exists. SQLite gives its
 * -wal and -shm files the database file's mode, so the workspace never exists world-readable.
 */
function ownerOnlyFile(file: string): void {
  try {
    writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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
