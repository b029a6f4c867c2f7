import { appendAudit } from '../../db/repositories/audit-log';
import {
  getApplication,
  getAttachment,
  insertApplications,
  insertAttachments,
  applicationRows,
  listDisciplines,
  matchingApplications,
  referenceIndex,
  storedAttachmentKeys,
  type ApplicationSortKey,
  type NewApplication,
  type NewAttachment,
  updateApplication,
  withdrawApplication,
} from '../../db/repositories/applications';
import { budgetLinesTotal, type ApplicationEdit } from '../../shared/domain/application';
import { isEmail } from '../imports/cells';
import { deleteDecision } from '../../db/repositories/results';
import { listConflicts } from '../../db/repositories/conflicts';
import { applicationFlags } from '../../db/repositories/integrity';
import type { Db } from '../../db/connection';
import type { ApplicationImportReport } from '../../shared/contract/applications';
import type { Call } from '../../shared/domain/call';
import type { AttachmentSource } from '../../shared/domain/import-report';
import { AppError } from '../../shared/errors';
import { compareText } from '../../shared/text/collate';
import type { HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { checkApplications, type CheckedApplications } from '../imports/applications';
import { matchAttachments, type MatchedAttachment } from '../imports/attachments';
import { throwIfCancelled } from '../imports/progress';
import { readStreamedTable } from '../imports/read-table';
import { rejectedRowsFile } from '../imports/rejected-rows';
import { IssueLog } from '../imports/report';
import { listAttachmentFiles, loadFile } from '../imports/source';
import {
  newId,
  intactOfficeDb,
  officeDb,
  redetectConflicts,
  rematchIntegrity,
  requireCall,
  requireOpenCall,
} from './office-support';

/** Names and titles by pinyin, amounts by value; ties by reference number (naturally: A-2 < A-10). */
function compareSortKeys(a: ApplicationSortKey, b: ApplicationSortKey): number {
  const byKey =
    typeof a.key === 'number' && typeof b.key === 'number'
      ? a.key - b.key
      : compareText(String(a.key), String(b.key));
  return byKey !== 0 ? byKey : compareText(a.referenceNo, b.referenceNo);
}

/** Checks attachment files against the reference numbers they may belong to. */
async function checkAttachments(
  source: AttachmentSource | undefined,
  references: string[],
  log: IssueLog,
  ctx: HandlerContext,
) {
  if (!source) return { files: 0, matched: [] as MatchedAttachment[] };
  return matchAttachments(await listAttachmentFiles(source), references, log, ctx);
}

/** Attachment rows for matched files, skipping files the application already has (same SHA-256). */
function attachmentRows(
  ctx: HandlerContext,
  matched: readonly MatchedAttachment[],
  idOf: ReadonlyMap<string, string>,
  stored: ReadonlySet<string>,
  log: IssueLog,
): NewAttachment[] {
  const rows: NewAttachment[] = [];
  for (const attachment of matched) {
    const applicationId = idOf.get(attachment.referenceNo);
    if (!applicationId) continue;
    if (stored.has(`${applicationId}:${attachment.sha256}`)) {
      log.warning(0, '', 'duplicateAttachment', {
        file: attachment.fileName,
        reference: attachment.referenceNo,
      });
      continue;
    }
    rows.push({ id: newId(ctx.services), applicationId, ...attachment });
  }
  return rows;
}

/**
 * Writes one import in a single transaction, then refreshes the call's integrity flags and
 * conflicts. The applications are inserted batch by batch as `applications` yields them.
 */
function commit(
  db: Db,
  ctx: HandlerContext,
  call: Call,
  applications: () => Iterable<NewApplication[]>,
  attachments: NewAttachment[],
  details: Record<string, unknown>,
) {
  throwIfCancelled(ctx.signal);
  const now = ctx.services.now();
  db.transaction(() => {
    for (const batch of applications()) insertApplications(db, batch);
    insertAttachments(db, attachments);
    rematchIntegrity(db, call, now);
    redetectConflicts(db, call.id, now);
    appendAudit(db, {
      at: now.toISOString(),
      actor: 'officer',
      action: 'applications.import',
      subject: call.code,
      details,
    });
  })();
}

/**
 * The valid rows of a checked file as application rows, batch by batch, with the ids drawn for
 * them in file order. The file is read again here; it must give the very rows the check counted.
 */
function* applicationBatches(
  checked: CheckedApplications,
  ids: readonly string[],
  callId: string,
  createdAt: string,
): Generator<NewApplication[]> {
  let index = 0;
  for (const batch of checked.validBatches()) {
    yield batch.map((entry) => {
      const id = ids[index];
      if (id === undefined || checked.references[index] !== entry.draft.referenceNo)
        throw new Error('the file read differently the second time');
      index += 1;
      return { id, callId, challengeId: entry.challengeId, draft: entry.draft, createdAt };
    });
  }
  if (index !== ids.length) throw new Error('the file read differently the second time');
}

export const applicationsHandlers: HandlerMap = {
  'applications.import': async (request, ctx) => {
    const db = intactOfficeDb(ctx);
    const call = requireOpenCall(db, request.callId);
    const file = await loadFile(request.file);
    const log = new IssueLog();
    const table = await readStreamedTable(file, log);
    const existing = referenceIndex(db, call.id);
    const checked = table
      ? await checkApplications(
          table,
          {
            category: call.category,
            existing: new Set(existing.keys()),
            challenges: new Map(call.challenges.map((challenge) => [challenge.code, challenge.id])),
          },
          log,
          ctx,
        )
      : null;
    const references = checked?.references ?? [];
    const attachments = await checkAttachments(request.attachments, references, log, ctx);
    const createdAt = ctx.services.now().toISOString();
    const ids = references.map(() => newId(ctx.services));
    const idOf = new Map(references.map((reference, index) => [reference, ids[index] as string]));
    const attachmentsToStore = attachmentRows(ctx, attachments.matched, idOf, new Set(), log);
    const write = checked !== null && log.mayWrite(request, ids.length);
    if (write)
      commit(db, ctx, call, () => applicationBatches(checked, ids, call.id, createdAt), attachmentsToStore, {
        file: file.name,
        applications: ids.length,
        attachments: attachmentsToStore.length,
        rejectedRows: log.rejectedRows().length,
      });
    const report: ApplicationImportReport = {
      ...log.report({
        fileName: file.name,
        dryRun: request.dryRun,
        committed: write,
        rows: checked?.rows ?? 0,
        valid: references.length,
        imported: write ? ids.length : 0,
      }),
      rejectedRowsFile: rejectedRowsFile(table, log, file.name, ctx.language),
      attachments: {
        files: attachments.files,
        matched: attachments.matched.length,
        stored: write ? attachmentsToStore.length : 0,
      },
      preview: (checked?.preview ?? []).map((entry) => entry.draft),
    };
    return report;
  },

  'applications.importAttachments': async (request, ctx) => {
    const db = intactOfficeDb(ctx);
    const call = requireOpenCall(db, request.callId);
    const log = new IssueLog();
    const idOf = referenceIndex(db, call.id);
    const attachments = await checkAttachments(request.attachments, [...idOf.keys()], log, ctx);
    const rows = attachmentRows(ctx, attachments.matched, idOf, storedAttachmentKeys(db, call.id), log);
    const write = !request.dryRun && log.errors === 0 && rows.length > 0;
    if (write) {
      throwIfCancelled(ctx.signal);
      const now = ctx.services.now().toISOString();
      db.transaction(() => {
        insertAttachments(db, rows);
        appendAudit(db, {
          at: now,
          actor: 'officer',
          action: 'applications.importAttachments',
          subject: call.code,
          details: { attachments: rows.length },
        });
      })();
    }
    return {
      ...log.report({
        fileName: '',
        dryRun: request.dryRun,
        committed: write,
        rows: 0,
        valid: 0,
        imported: 0,
      }),
      attachments: {
        files: attachments.files,
        matched: attachments.matched.length,
        stored: write ? rows.length : 0,
      },
      preview: [],
    };
  },

  'applications.list': (request, ctx) => {
    const db = officeDb(ctx);
    const call = requireCall(db, request.callId);
    const matches = matchingApplications(db, { ...request, callId: call.id }).sort(compareSortKeys);
    if (request.descending) matches.reverse();
    const page = matches.slice(0, request.limit).map((match) => match.id);
    return {
      total: matches.length,
      rows: applicationRows(db, page),
      disciplines: listDisciplines(db, call.id),
    };
  },

  'applications.withdraw': (request, ctx) => {
    const db = intactOfficeDb(ctx);
    const application = getApplication(db, request.applicationId);
    if (!application)
      throw new AppError('office.applications.errors.notFound', { id: request.applicationId });
    const call = requireOpenCall(db, application.callId);
    if (application.status === 'withdrawn')
      throw new AppError('office.applications.errors.alreadyWithdrawn', {
        reference: application.referenceNo,
      });
    return db.transaction(() => {
      const releasedAssignments = withdrawApplication(db, application.id);
      const decisionRemoved = deleteDecision(db, call.id, application.id);
      appendAudit(db, {
        at: ctx.services.now().toISOString(),
        actor: 'officer',
        action: 'applications.withdraw',
        subject: application.id,
        details: {
          referenceNo: application.referenceNo,
          reason: request.reason,
          previousStatus: application.status,
          releasedAssignments,
          decisionRemoved,
        },
      });
      return { releasedAssignments, decisionRemoved };
    })();
  },

  'applications.update': (request, ctx) => {
    const db = intactOfficeDb(ctx);
    const application = getApplication(db, request.applicationId);
    if (!application)
      throw new AppError('office.applications.errors.notFound', { id: request.applicationId });
    const call = requireOpenCall(db, application.callId);
    if (application.status === 'withdrawn') throw new AppError('office.applications.edit.withdrawnWhy');
    const edit = request.changes;
    if (edit.email !== '' && !isEmail(edit.email))
      throw new AppError('office.applications.errors.badEmail', { value: edit.email });
    if (application.budgetLines.length > 0) {
      const sum = budgetLinesTotal(application.budgetLines);
      if (sum !== edit.requestedTotal)
        throw new AppError('office.applications.errors.totalNotBudgetSum', {
          sum,
          total: edit.requestedTotal,
        });
    }
    const fields = Object.keys(edit) as (keyof ApplicationEdit)[];
    const changed = fields.filter(
      (field) => JSON.stringify(application[field]) !== JSON.stringify(edit[field]),
    );
    if (changed.length === 0) return { changed };
    const now = ctx.services.now();
    db.transaction(() => {
      updateApplication(db, application.id, edit);
      rematchIntegrity(db, call, now);
      redetectConflicts(db, call.id, now);
      appendAudit(db, {
        at: now.toISOString(),
        actor: 'officer',
        action: 'applications.update',
        subject: application.id,
        details: {
          referenceNo: application.referenceNo,
          // The abstract can be long: the log says it changed, not what it said.
          changes: Object.fromEntries(
            changed.map((field) =>
              field === 'abstract' ? [field, true] : [field, { from: application[field], to: edit[field] }],
            ),
          ),
        },
      });
    })();
    return { changed };
  },

  'applications.get': (request, ctx) => {
    const db = officeDb(ctx);
    const application = getApplication(db, request.applicationId);
    if (!application)
      throw new AppError('office.applications.errors.notFound', { id: request.applicationId });
    const conflicts = listConflicts(db, { callId: application.callId, applicationId: application.id }).map(
      (row) => ({
        reviewerId: row.reviewerId,
        reviewerName: row.reviewerName,
        type: row.type,
        reason: row.reason,
      }),
    );
    return { ...application, integrityFlags: applicationFlags(db, application.id), conflicts };
  },

  'applications.attachment': (request, ctx) => {
    const attachment = getAttachment(officeDb(ctx), request.attachmentId);
    if (!attachment) throw new AppError('office.applications.errors.attachmentNotFound');
    return attachment;
  },
};
