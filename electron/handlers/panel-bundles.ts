import path from 'node:path';
import { appendAudit } from '../../db/repositories/audit-log';
import { markBallotsExported, panelAttachment } from '../../db/repositories/reviewer-panel';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { passphraseListFor } from '../packages/passphrase-file';
import { issuePanelPackages } from '../panel/issue-panel-packages';
import {
  buildBallotBundle,
  panelApplication,
  panelAttachmentName,
  panelCalls,
  saveMemberBallot,
} from '../reviewer/panel-ballots';
import { identityProtection } from '../reviewer/identity';
import { importPanelPackage, readPanelPackage } from '../reviewer/panel-package';
import { plainPackageRefusal } from '../reviewer/package-refusal';
import { bundleTarget, writeFileAtomically } from '../reviewer/save-bundle-file';
import { discardCreatedWorkspace, workspaceForPackage } from '../reviewer/workspace-target';

function memberDb(context: HandlerContext) {
  return context.session.require('reviewer').db;
}

export const panelBundleHandlers: HandlerMap = {
  'panel.packages.issue': async (request, context) => {
    const result = await issuePanelPackages(request, context);
    const passphraseListPath = request.passphraseList ? passphraseListFor(result, context) : null;
    return { ...result, passphraseListPath };
  },
  'reviewer.panel.open': async (request, context) => {
    const source = 'bytes' in request.source ? request.source.bytes : path.resolve(request.source.path);
    const pkg = await readPanelPackage(source, request.passphrase).catch((error: unknown) => {
      throw plainPackageRefusal(error);
    });
    if (context.signal.aborted) throw new AppError('errors.cancelled');
    const target = workspaceForPackage(context, pkg, request.workspacePath);
    let result;
    try {
      const { db } = target.workspace;
      const identity = await identityProtection(db, context.services, request.keyPassphrase);
      if (context.signal.aborted) throw new AppError('errors.cancelled');
      result = importPanelPackage(db, pkg, context.services, identity);
      if (identity?.setting) context.session.unlockKeys(identity.protector);
    } catch (error) {
      discardCreatedWorkspace(context, target);
      throw error;
    }
    return {
      workspace: target.workspace.info,
      outcome: result.outcome,
      callId: pkg.content.call.id,
      callCode: pkg.content.call.code,
      packageVersion: pkg.content.packageVersion,
      applications: pkg.content.applications.length,
    };
  },
  'reviewer.panel.list': (_request, context) => ({ calls: panelCalls(memberDb(context)) }),
  'reviewer.panel.application': ({ callId, applicationId }, context) =>
    panelApplication(memberDb(context), callId, applicationId),
  'reviewer.panel.attachment': ({ callId, sha256 }, context) => {
    const db = memberDb(context);
    const fileName = panelAttachmentName(db, callId, sha256);
    const bytes = panelAttachment(db, sha256);
    if (!bytes) throw new AppError('reviewer.errors.attachmentNotFound');
    return { fileName, sha256, bytes };
  },
  'reviewer.panel.ballot.save': (request, context) =>
    saveMemberBallot(memberDb(context), request, context.services.now().toISOString()),
  'reviewer.panel.export': async (request, context) => {
    const db = memberDb(context);
    const built = await buildBallotBundle(db, context.services, request.callId);
    if (context.signal.aborted) throw new AppError('errors.cancelled');
    const file = request.path ? bundleTarget(request.path, built.fileName) : null;
    if (file) writeFileAtomically(file, built.bytes);
    db.transaction(() => {
      markBallotsExported(db, built.callId, built.carried, built.exportedAt);
      appendAudit(db, {
        at: built.exportedAt,
        actor: 'local',
        action: 'reviewer.panel.export',
        subject: path.basename(file ?? built.fileName),
        details: { sha256: built.sha256, ballots: built.carried.length, path: file },
      });
    }).immediate();
    return {
      fileName: file ? path.basename(file) : built.fileName,
      path: file,
      bytes: file ? null : built.bytes,
      sha256: built.sha256,
      ballots: built.carried.length,
    };
  },
};
