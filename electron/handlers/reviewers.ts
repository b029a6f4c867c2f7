import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { listCalls } from '../../db/repositories/calls';
import {
  deleteReviewer,
  getReviewer,
  insertReviewers,
  keyFingerprint,
  listReviewers,
  reenrolReviewer,
  reviewerEmails,
  reviewerWorkCount,
  updateReviewer,
} from '../../db/repositories/reviewers';
import type { Reviewer } from '../../shared/domain/reviewer';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { emailKey } from '../../shared/normalize/text';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../core/registry';
import { throwIfCancelled } from '../imports/progress';
import { readTable } from '../imports/read-table';
import { rejectedRowsFile } from '../imports/rejected-rows';
import { streamedTable } from '../imports/table';
import { IssueLog } from '../imports/report';
import { validateReviewers } from '../imports/reviewers';
import { loadFile } from '../imports/source';
import { newId, intactOfficeDb, officeDb, redetectConflicts } from './office-support';

const PREVIEW_ROWS = 20;
/** As many random bytes as the first enrolment secret (electron/packages/issue-packages.ts). */
const ENROLMENT_SECRET_BYTES = 32;

/** A reviewer change can add or remove conflicts in every call that is not archived. */
function redetectOpenCalls(db: Db, now: Date): void {
  for (const call of listCalls(db, false)) redetectConflicts(db, call.id, now);
}

function requireReviewer(db: Db, id: string): Reviewer {
  const reviewer = getReviewer(db, id);
  if (!reviewer) throw new AppError('office.reviewers.errors.notFound', { id });
  return reviewer;
}

export const reviewersHandlers: HandlerMap = {
  'reviewers.list': (_request, ctx) => listReviewers(officeDb(ctx)),

  'reviewers.create': (request, { services, session }) => {
    const db = session.require('office').db;
    if (reviewerEmails(db).has(emailKey(request.email)))
      throw new AppError('office.reviewers.errors.emailTaken', { email: request.email });
    const id = newId(services);
    const now = services.now();
    db.transaction(() => {
      insertReviewers(db, [{ id, input: request, createdAt: now.toISOString() }]);
      redetectOpenCalls(db, now);
      appendAudit(db, {
        at: now.toISOString(),
        actor: 'officer',
        action: 'reviewers.create',
        subject: request.email,
      });
    })();
    return requireReviewer(db, id);
  },

  'reviewers.update': (request, { services, session }) => {
    const db = session.require('office').db;
    requireReviewer(db, request.reviewerId);
    if (reviewerEmails(db, request.reviewerId).has(emailKey(request.reviewer.email)))
      throw new AppError('office.reviewers.errors.emailTaken', { email: request.reviewer.email });
    const now = services.now();
    db.transaction(() => {
      updateReviewer(db, request.reviewerId, request.reviewer);
      redetectOpenCalls(db, now);
      appendAudit(db, {
        at: now.toISOString(),
        actor: 'officer',
        action: 'reviewers.update',
        subject: request.reviewer.email,
      });
    })();
    return requireReviewer(db, request.reviewerId);
  },

  'reviewers.delete': (request, { services, session }) => {
    const db = session.require('office').db;
    const reviewer = requireReviewer(db, request.reviewerId);
    if (reviewerWorkCount(db, reviewer.id) > 0)
      throw new AppError('office.reviewers.errors.hasWork', { name: reviewer.name });
    const deleted = db.transaction(() => {
      const done = deleteReviewer(db, reviewer.id);
      appendAudit(db, {
        at: services.now().toISOString(),
        actor: 'officer',
        action: 'reviewers.delete',
        subject: reviewer.email,
      });
      return done;
    })();
    return { deleted };
  },

  'reviewers.reenrol': (request, { services, session }) => {
    const db = session.require('office').db;
    const reviewer = requireReviewer(db, request.reviewerId);
    const secret = base64urlEncode(services.randomBytes(ENROLMENT_SECRET_BYTES));
    db.transaction(() => {
      const retired = reenrolReviewer(db, reviewer.id, secret);
      if (retired === null)
        throw new AppError('office.reviewers.errors.notEnrolled', { name: reviewer.name });
      appendAudit(db, {
        at: services.now().toISOString(),
        actor: 'officer',
        action: 'reviewers.reenrol',
        subject: reviewer.email,
        details: { reason: request.reason, retiredKeyFingerprint: keyFingerprint(retired) },
      });
    })();
    return requireReviewer(db, reviewer.id);
  },

  'reviewers.import': async (request, ctx) => {
    const db = intactOfficeDb(ctx);
    const file = await loadFile(request.file);
    const log = new IssueLog();
    const table = await readTable(file, log);
    const { rows, valid } = table
      ? await validateReviewers(table, reviewerEmails(db), log, ctx)
      : { rows: 0, valid: [] };
    const write = log.mayWrite(request, valid.length);
    if (write) {
      throwIfCancelled(ctx.signal);
      const now = ctx.services.now();
      db.transaction(() => {
        insertReviewers(
          db,
          valid.map((entry) => ({
            id: newId(ctx.services),
            input: entry.input,
            createdAt: now.toISOString(),
          })),
        );
        redetectOpenCalls(db, now);
        appendAudit(db, {
          at: now.toISOString(),
          actor: 'officer',
          action: 'reviewers.import',
          subject: file.name,
          details: { reviewers: valid.length, rejectedRows: log.rejectedRows().length },
        });
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
      rejectedRowsFile: rejectedRowsFile(table && streamedTable(table), log, file.name, ctx.language),
      preview: valid.slice(0, PREVIEW_ROWS).map((entry) => entry.input),
    };
  },
};
