import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { listCalls } from '../../db/repositories/calls';
import {
  deleteIntegrityEntry,
  insertIntegrityEntries,
  integrityEntryExists,
  listCallFlags,
  listIntegrityEntries,
} from '../../db/repositories/integrity';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../core/registry';
import { validateIntegrityList } from '../imports/integrity';
import { throwIfCancelled } from '../imports/progress';
import { readTable } from '../imports/read-table';
import { IssueLog } from '../imports/report';
import { loadFile } from '../imports/source';
import { newId, intactOfficeDb, officeDb, rematchIntegrity, requireCall } from './office-support';

const PREVIEW_ROWS = 20;

/** Re-matches every call that is not archived; archived calls keep the flags they were decided with. */
function rematchOpenCalls(db: Db, now: Date): { flagged: number; ineligible: number } {
  const total = { flagged: 0, ineligible: 0 };
  for (const call of listCalls(db, false)) {
    const result = rematchIntegrity(db, call, now);
    total.flagged += result.flagged;
    total.ineligible += result.ineligible;
  }
  return total;
}

export const integrityHandlers: HandlerMap = {
  'integrity.list': (_request, ctx) => listIntegrityEntries(officeDb(ctx)),

  'integrity.import': async (request, ctx) => {
    const db = intactOfficeDb(ctx);
    const file = await loadFile(request.file);
    const log = new IssueLog();
    const table = await readTable(file, log);
    const { rows, valid } = table ? await validateIntegrityList(table, log, ctx) : { rows: 0, valid: [] };
    const write = !request.dryRun && log.errors === 0 && valid.length > 0;
    let match = { flagged: 0, ineligible: 0 };
    if (write) {
      throwIfCancelled(ctx.signal);
      const now = ctx.services.now();
      match = db.transaction(() => {
        insertIntegrityEntries(
          db,
          valid.map((entry) => ({
            id: newId(ctx.services),
            input: entry.input,
            createdAt: now.toISOString(),
          })),
        );
        const result = rematchOpenCalls(db, now);
        appendAudit(db, {
          at: now.toISOString(),
          actor: 'officer',
          action: 'integrity.import',
          subject: file.name,
          details: { entries: valid.length, ...result },
        });
        return result;
      })();
    }
    return {
      ...log.report({
        fileName: file.name,
        dryRun: request.dryRun,
        committed: write,
        rows,
        valid: valid.length,
        imported: write ? valid.length : 0,
      }),
      preview: valid.slice(0, PREVIEW_ROWS).map((entry) => entry.input),
      match,
    };
  },

  'integrity.add': (request, { services, session }) => {
    const db = session.require('office').db;
    const id = newId(services);
    const now = services.now();
    db.transaction(() => {
      insertIntegrityEntries(db, [{ id, input: request, createdAt: now.toISOString() }]);
      rematchOpenCalls(db, now);
      appendAudit(db, {
        at: now.toISOString(),
        actor: 'officer',
        action: 'integrity.add',
        subject: request.name,
      });
    })();
    const entry = listIntegrityEntries(db).find((candidate) => candidate.id === id);
    if (!entry) throw new AppError('office.integrity.errors.notFound', { id });
    return entry;
  },

  'integrity.delete': (request, { services, session }) => {
    const db = session.require('office').db;
    if (!integrityEntryExists(db, request.entryId))
      throw new AppError('office.integrity.errors.notFound', { id: request.entryId });
    const now = services.now();
    db.transaction(() => {
      deleteIntegrityEntry(db, request.entryId);
      rematchOpenCalls(db, now);
      appendAudit(db, {
        at: now.toISOString(),
        actor: 'officer',
        action: 'integrity.delete',
        subject: request.entryId,
      });
    })();
    return { deleted: true };
  },

  'integrity.match': (request, { services, session }) => {
    const db = session.require('office').db;
    const now = services.now();
    if (request.callId === undefined) return db.transaction(() => rematchOpenCalls(db, now))();
    const call = requireCall(db, request.callId);
    return db.transaction(() => rematchIntegrity(db, call, now))();
  },

  'integrity.flags': (request, ctx) => {
    const db = officeDb(ctx);
    return listCallFlags(db, requireCall(db, request.callId).id);
  },
};
