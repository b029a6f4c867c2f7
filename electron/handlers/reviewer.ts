import path from 'node:path';
import { appendAudit } from '../../db/repositories/audit-log';
import { findWorkspaceReviewer } from '../../db/repositories/reviewer-identity';
import { markPackageExported } from '../../db/repositories/reviewer-packages';
import { readAttachment } from '../../db/repositories/reviewer-reading';
import { markReviewsExported } from '../../db/repositories/reviewer-reviews';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { buildReviewBundle, exportSummaries } from '../reviewer/export';
import { identityProtection } from '../reviewer/identity';
import { importAssignmentPackage } from '../reviewer/package-import';
import { plainPackageRefusal } from '../reviewer/package-refusal';
import { readAssignmentPackage } from '../reviewer/package-reader';
import { recuse, reopenReview, reviewTarget, saveDraft, submitReview } from '../reviewer/reviews';
import { applicationView, inboxView } from '../reviewer/views';
import { discardCreatedWorkspace, workspaceForPackage } from '../reviewer/workspace-target';
import { bundleTarget, writeFileAtomically } from '../reviewer/save-bundle-file';

function reviewerDb(context: HandlerContext) {
  return context.session.require('reviewer').db;
}

function assertNotCancelled(context: HandlerContext): void {
  if (context.signal.aborted) throw new AppError('errors.cancelled');
}

export const reviewerHandlers: HandlerMap = {
  'reviewer.openPackage': async (request, context) => {
    const source = 'bytes' in request.source ? request.source.bytes : path.resolve(request.source.path);
    const fileName =
      request.fileName ?? ('path' in request.source ? path.basename(request.source.path) : 'package');
    const pkg = await readAssignmentPackage(source, request.passphrase).catch((error: unknown) => {
      throw plainPackageRefusal(error);
    });
    assertNotCancelled(context);
    const target = workspaceForPackage(context, pkg, request.workspacePath);
    let result;
    try {
      const { db } = target.workspace;
      const identity = await identityProtection(db, context.services, request.keyPassphrase);
      assertNotCancelled(context);
      result = importAssignmentPackage(db, pkg, context.services, fileName, identity);
      // A passphrase chosen with the key stays unlocked for this session, as keys.setPassphrase does.
      if (identity?.setting) context.session.unlockKeys(identity.protector);
    } catch (error) {
      discardCreatedWorkspace(context, target);
      throw error;
    }
    const { call } = pkg.content;
    return {
      workspace: target.workspace.info,
      outcome: target.created ? 'created' : result.outcome,
      callId: call.id,
      callCode: call.code,
      callTitle: call.title,
      packageVersion: pkg.content.packageVersion,
      previousVersion: result.previousVersion,
      added: result.added,
      archived: result.archived,
      kept: result.kept,
    };
  },
  'reviewer.inbox': (_request, context) => inboxView(reviewerDb(context), context.services.now()),
  'reviewer.application': (request, context) => applicationView(reviewerDb(context), request.applicationId),
  'reviewer.attachment': (request, context) => {
    const db = reviewerDb(context);
    const me = findWorkspaceReviewer(db);
    const found = me ? readAttachment(db, me.id, request.attachmentId) : undefined;
    if (!found) throw new AppError('reviewer.errors.attachmentNotFound');
    return found;
  },
  'reviewer.saveDraft': (request, context) => {
    const db = reviewerDb(context);
    const now = context.services.now().toISOString();
    return saveDraft(db, reviewTarget(db, request.applicationId), request.draft, now);
  },
  'reviewer.submit': (request, context) => {
    const db = reviewerDb(context);
    return submitReview(db, reviewTarget(db, request.applicationId), context.services.now().toISOString());
  },
  'reviewer.reopen': (request, context) => {
    const db = reviewerDb(context);
    return reopenReview(db, reviewTarget(db, request.applicationId), context.services.now().toISOString());
  },
  'reviewer.recuse': (request, context) => {
    const db = reviewerDb(context);
    const now = context.services.now().toISOString();
    return recuse(db, reviewTarget(db, request.applicationId), request.recusal, now);
  },
  'reviewer.exportSummary': (_request, context) => ({
    calls: exportSummaries(reviewerDb(context), context.services.now()),
  }),
  'reviewer.export': async (request, context) => {
    const db = reviewerDb(context);
    const built = await buildReviewBundle(db, context.services, request.callId);
    assertNotCancelled(context);
    let file: string | null = null;
    if (request.path) {
      file = bundleTarget(request.path, built.fileName);
      writeFileAtomically(file, built.bytes);
    }
    db.transaction(() => {
      markReviewsExported(
        db,
        built.carried.map((review) => ({ key: review.content, revision: review.revision })),
      );
      markPackageExported(db, built.callId, built.exportedAt);
      appendAudit(db, {
        at: built.exportedAt,
        actor: built.carried[0]?.content.reviewerId ?? 'local',
        action: 'reviewer.export',
        subject: built.fileName,
        details: {
          bundleId: built.bundleId,
          sha256: built.sha256,
          submitted: built.summary.submitted,
          recused: built.summary.recused,
          path: file,
        },
      });
    }).immediate();
    return {
      fileName: file ? path.basename(file) : built.fileName,
      path: file,
      bytes: file ? null : built.bytes,
      bundleId: built.bundleId,
      sha256: built.sha256,
      exportedAt: built.exportedAt,
      submitted: built.summary.submitted,
      recused: built.summary.recused,
      open: built.summary.open,
    };
  },
};
