import { statSync } from 'node:fs';
import path from 'node:path';
import { appendAudit, listAudit, namesOfIds } from '../../db/repositories/audit-log';
import { backupDatabase } from '../../db/backup';
import type { HandlerMap } from '../core/registry';

export const workspaceHandlers: HandlerMap = {
  'app.info': (_request, { services, session }) => ({
    version: services.appVersion,
    door: services.door,
    systemLanguage: services.systemLanguage,
    logFile: services.log.file,
    workspace: session.workspace?.info ?? null,
  }),
  'workspace.create': (request, { session, services }) => {
    const { db, info } = session.create(request);
    appendAudit(db, {
      at: services.now().toISOString(),
      actor: 'local',
      action: 'workspace.create',
      subject: info.id,
      details: { role: info.role, name: info.name },
    });
    return info;
  },
  'workspace.open': (request, { session }) => session.open(request.path).info,
  'workspace.close': (_request, { session }) => ({ closed: session.close() }),
  'workspace.recent': (_request, { session }) => session.recent(),
  'workspace.backup': async (request, { session, services }) => {
    const workspace = session.hold();
    try {
      const target = path.resolve(request.path);
      await backupDatabase(workspace.db, target);
      appendAudit(workspace.db, {
        at: services.now().toISOString(),
        actor: 'local',
        action: 'workspace.backup',
        subject: target,
      });
      return { path: target, bytes: statSync(target).size };
    } finally {
      workspace.release();
    }
  },
  /** Entries with their subject in words: ids become codes, reference numbers and names. */
  'audit.list': (request, { session }) => {
    const db = session.require().db;
    const entries = listAudit(db, request);
    const partsOf = (subject: string) => subject.split(':');
    const names = namesOfIds(
      db,
      entries.flatMap((entry) => partsOf(entry.subject)),
    );
    return entries.map((entry) => ({
      ...entry,
      subjectLabel: partsOf(entry.subject)
        .map((part) => names.get(part) ?? part)
        .join(' · '),
    }));
  },
};
