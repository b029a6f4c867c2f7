import { existsSync, linkSync, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findAssignmentCall } from '../../db/repositories/assignments';
import { listMembers, panelConflicts } from '../../db/repositories/panel';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  attachmentBytes,
  enrolmentSecret,
  findReviewerForPackage,
  shortlistApplications,
  type PackageApplicationRow,
} from '../../db/repositories/packages';
import { latestPanelPackageVersions, recordIssuedPanelPackages } from '../../db/repositories/panel-packages';
import { base64urlEncode } from '../../shared/bundle/encoding';
import type { IssuedPanelPackage } from '../../shared/contract/panel-bundles';
import { canonicalBytes } from '../../shared/canonical/jcs';
import { overallScale, type PanelPackageContent } from '../../shared/domain/panel-bundles';
import { AppError } from '../../shared/errors';
import { writeBundle } from '../bundle/envelope';
import type { HandlerContext } from '../core/context';
import { randomUuid } from '../core/ids';
import { generatePassphrase, sha256Hex } from '../crypto';
import type { ScryptParams } from '../crypto/scrypt';
import { panelPackageFileName } from '../packages/file-names';
import { loadOrMakeOfficeKeys } from '../packages/office-keys';
import { packageBody } from '../packages/package-content';
import { loadCallInputs } from '../results/call-inputs';
import { requirePanel } from './view';
import { reviewDigest } from './review-digest';

const ENROLMENT_SECRET_BYTES = 32;

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
  const outDir = path.resolve(request.outDir);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new AppError('assignment.errors.outDirNotFolder', { path: outDir });
  }
  const issuedAt = ctx.services.now().toISOString();
  const planned = members.map((memberId) => {
    const reviewer = findReviewerForPackage(db, memberId);
    if (!reviewer) throw new AppError('panel.errors.notMember', { id: memberId });
    const version = (versions.get(memberId) ?? 0) + 1;
    const fileName = panelPackageFileName(call.code, reviewer, version);
    const file = path.join(outDir, fileName);
    if (existsSync(file) || existsSync(`${file}.partial`))
      throw new AppError('assignment.errors.fileExists', { path: file });
    const existingSecret = enrolmentSecret(db, memberId);
    return {
      reviewer,
      version,
      fileName,
      file,
      secret: existingSecret ?? base64urlEncode(ctx.services.randomBytes(ENROLMENT_SECRET_BYTES)),
      newSecret: existingSecret === null,
      passphrase: generatePassphrase(ctx.services.randomBytes),
      bundleId: randomUuid(ctx.services.randomBytes),
      applications: shortlist.filter((row) => !conflicts.has(`${row.id}:${memberId}`)),
    };
  });

  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const built: IssuedPanelPackage[] = [];
  try {
    for (const [index, plan] of planned.entries()) {
      if (ctx.signal.aborted) throw new AppError('errors.cancelled');
      ctx.progress({ done: index, total: planned.length, label: 'ballot.progress.packages' });
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
          id: call.id,
          code: call.code,
          title: { zh: call.titleZh, en: call.titleEn },
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
      const bytes = await writeBundle({
        kind: 'panel-package',
        bundleId: plan.bundleId,
        callId: call.id,
        callCode: call.code,
        sender: { role: 'office', id: info.id, name: info.name.slice(0, 200) || 'office' },
        recipient: { role: 'reviewer', id: plan.reviewer.id },
        createdAt: issuedAt,
        entries: [
          { name: 'content.json', bytes: canonicalBytes(content) },
          ...attachmentEntries(db, plan.applications),
        ],
        signingPrivateKey: keys.signing.privateKey,
        encryption: {
          scheme: 'passphrase',
          passphrase: plan.passphrase,
          ...(options.scrypt ? { scrypt: options.scrypt } : {}),
        },
        random: ctx.services.randomBytes,
      });
      const partial = `${plan.file}.partial`;
      writeFileSync(partial, bytes, { flag: 'wx', mode: 0o600 });
      written.push(partial);
      built.push({
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
      });
    }
    if (ctx.signal.aborted) throw new AppError('errors.cancelled');
    recordIssuedPanelPackages(db, {
      officeKeys: keys.created,
      newEnrolmentSecrets: new Map(planned.filter((p) => p.newSecret).map((p) => [p.reviewer.id, p.secret])),
      packages: built.map((result, index) => ({
        callId: call.id,
        reviewerId: result.reviewerId,
        version: result.version,
        bundleId: (planned[index] as (typeof planned)[number]).bundleId,
        fileName: result.fileName,
        digest: result.digest,
        applicationCount: result.applications,
        issuedAt,
      })),
    });
  } catch (error) {
    for (const file of written) unlinkSync(file);
    throw error;
  }
  for (const plan of planned) {
    linkSync(`${plan.file}.partial`, plan.file);
    unlinkSync(`${plan.file}.partial`);
  }
  ctx.progress({ done: planned.length, total: planned.length, label: 'ballot.progress.packages' });
  appendAudit(db, {
    at: issuedAt,
    actor: 'officer',
    action: 'panel.packages.issue',
    subject: call.code,
    details: {
      outDir,
      packages: built.map((p) => ({
        reviewerId: p.reviewerId,
        version: p.version,
        file: p.fileName,
        digest: p.digest,
      })),
    },
  });
  return { callId: call.id, callCode: call.code, outDir, packages: built };
}

/** One entry per distinct PDF, each checked against the SHA-256 it was stored with. */
function attachmentEntries(
  db: Parameters<typeof attachmentBytes>[0],
  applications: readonly PackageApplicationRow[],
): { name: string; bytes: Uint8Array }[] {
  const entries = new Map<string, Uint8Array>();
  for (const application of applications) {
    for (const file of application.attachments) {
      if (entries.has(file.sha256)) continue;
      const bytes = attachmentBytes(db, file.id);
      const params = { file: file.fileName, reference: application.referenceNo };
      if (!bytes) throw new AppError('assignment.errors.attachmentMissing', params);
      if (sha256Hex(bytes) !== file.sha256) throw new AppError('assignment.errors.attachmentCorrupt', params);
      entries.set(file.sha256, bytes);
    }
  }
  return [...entries].map(([sha256, bytes]) => ({ name: `attachments/${sha256}.pdf`, bytes }));
}
