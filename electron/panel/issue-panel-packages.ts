import { findAssignmentCall } from '../../db/repositories/assignments';
import { listMembers, panelConflicts } from '../../db/repositories/panel';
import { findReviewerForPackage, shortlistApplications } from '../../db/repositories/packages';
import { latestPanelPackageVersions, recordIssuedPanelPackages } from '../../db/repositories/panel-packages';
import type { IssuedPanelPackage } from '../../shared/contract/panel-bundles';
import { canonicalBytes } from '../../shared/canonical/jcs';
import { overallScale, type PanelPackageContent } from '../../shared/domain/panel-bundles';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from '../core/context';
import { sha256Hex } from '../crypto';
import type { ScryptParams } from '../crypto/scrypt';
import { panelPackageFileName } from '../packages/file-names';
import {
  attachmentEntries,
  auditIssued,
  issueAsPartials,
  newEnrolmentSecrets,
  packagesFolder,
  planPackage,
  sealPackage,
} from '../packages/issue-files';
import { loadOrMakeOfficeKeys } from '../packages/office-keys';
import { packageBody } from '../packages/package-content';
import { loadCallInputs } from '../results/call-inputs';
import { requirePanel } from './view';
import { reviewDigest } from './review-digest';
import { callHeading } from '../core/call-heading';

/**
 * Issues one panel package (会议评审材料包) per panel member into `outDir`: the shortlisted
 * applications the member is not conflicted on, their PDFs and the anonymised review digest,
 * signed by the office and encrypted with a passphrase of its own. Files are written as
 * `*.partial`, recorded in one transaction (with new office keys and enrolment secrets), then
 * named; a failure removes the partial files and records nothing.
 */
export async function issuePanelPackages(
  request: { callId: string; outDir: string },
  ctx: HandlerContext,
  options: { scrypt?: ScryptParams } = {},
): Promise<{ callId: string; callCode: string; outDir: string; packages: IssuedPanelPackage[] }> {
  const { db, info } = ctx.session.require('office');
  const panel = requirePanel(db, request.callId);
  const inputs = loadCallInputs(db, panel.callId);
  const call = findAssignmentCall(db, panel.callId);
  if (!call) throw new AppError('panel.errors.noPanel', { call: request.callId });
  const members = listMembers(db, panel.callId);
  const shortlist = shortlistApplications(db, panel.callId);
  if (shortlist.length === 0) throw new AppError('ballot.errors.emptyShortlist', { call: call.code });
  const conflicts = panelConflicts(db, panel.callId);
  const keys = loadOrMakeOfficeKeys(db, ctx.services);
  const office = {
    name: info.name,
    signingPublicKey: keys.signing.publicKey,
    encryptionPublicKey: keys.encryption.publicKey,
  };
  const digests = new Map(shortlist.map((row) => [row.id, reviewDigest(inputs, row.id)]));
  const versions = latestPanelPackageVersions(db, panel.callId);
  const outDir = packagesFolder(request.outDir);
  const issuedAt = ctx.services.now().toISOString();
  const planned = members.map((memberId) => {
    const reviewer = findReviewerForPackage(db, memberId);
    if (!reviewer) throw new AppError('panel.errors.notMember', { id: memberId });
    const version = (versions.get(memberId) ?? 0) + 1;
    const fileName = panelPackageFileName(call.code, reviewer, version);
    const plan = planPackage(db, ctx.services.randomBytes, {
      folder: outDir,
      fileName,
      reviewerId: memberId,
      version,
    });
    return {
      ...plan,
      reviewer,
      applications: shortlist.filter((row) => !conflicts.has(`${row.id}:${memberId}`)),
    };
  });

  const built = await issueAsPartials(ctx, {
    folder: outDir,
    plans: planned,
    // One at a time: the packages of a panel are few.
    parallel: 1,
    label: 'ballot.progress.packages',
    build: async (plan) => {
      const body = packageBody({
        call,
        rubric: inputs.rubric,
        challenges: [],
        reviewer: plan.reviewer,
        office,
        dueAt: null,
        applications: plan.applications,
      });
      const content: PanelPackageContent = {
        packageVersion: plan.version,
        issuedAt,
        call: {
          ...callHeading(call),
          reviewMode: call.reviewMode,
          rubricVersion: call.rubricVersion,
          rubric: inputs.rubric,
        },
        reviewer: plan.reviewer,
        office,
        enrolmentSecret: plan.secret,
        rule: panel.rule,
        finalScale: overallScale(inputs.rubric),
        applications: body.applications.map((application) => ({
          ...application,
          // The panel reads applications outside any challenge's grouping.
          challengeId: null,
          digest: digests.get(application.id) ?? { submitted: 0, overall: null, criteria: [], reviews: [] },
        })),
      };
      const bytes = await sealPackage(ctx, {
        kind: 'panel-package',
        plan,
        call,
        office: { id: info.id, name: info.name, signingPrivateKey: keys.signing.privateKey },
        issuedAt,
        entries: [
          { name: 'content.json', bytes: canonicalBytes(content) },
          ...attachmentEntries(db, plan.applications),
        ],
        scrypt: options.scrypt,
      });
      const issued: IssuedPanelPackage = {
        reviewerId: plan.reviewer.id,
        name: plan.reviewer.name,
        email: plan.reviewer.email,
        fileName: plan.fileName,
        path: plan.file,
        version: plan.version,
        applications: plan.applications.length,
        bytes: bytes.length,
        digest: sha256Hex(bytes),
        passphrase: plan.passphrase,
      };
      return { bytes, issued };
    },
    record: (issued) =>
      recordIssuedPanelPackages(db, {
        officeKeys: keys.created,
        newEnrolmentSecrets: newEnrolmentSecrets(planned),
        packages: issued.map((result, index) => ({
          callId: call.id,
          reviewerId: result.reviewerId,
          version: result.version,
          bundleId: (planned[index] as (typeof planned)[number]).bundleId,
          fileName: result.fileName,
          digest: result.digest,
          applicationCount: result.applications,
          issuedAt,
        })),
      }),
  });
  auditIssued(
    db,
    { at: issuedAt, actor: 'officer', action: 'panel.packages.issue', subject: call.code, folder: outDir },
    built,
  );
  return { callId: call.id, callCode: call.code, outDir, packages: built };
}
