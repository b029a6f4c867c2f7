import { recordIssuedPackages } from '../../db/repositories/packages';
import type { IssuedPackage } from '../../shared/contract/packages';
import type { AssignmentPackageContent } from '../../shared/domain/assignment-package';
import { AppError } from '../../shared/errors';
import { requireAssignableCall } from '../assignment/assignable-call';
import type { HandlerContext } from '../core/context';
import { sha256Hex } from '../crypto';
import type { ScryptParams } from '../crypto/scrypt';
import { packageFileName } from './file-names';
import {
  attachmentEntries,
  auditIssued,
  issueAsPartials,
  newEnrolmentSecrets,
  packagesFolder,
  planPackage,
  sealPackage,
} from './issue-files';
import { loadOrMakeOfficeKeys } from './office-keys';
import { callRubric, packageTargets, type PackageTarget } from './targets';

export interface IssueRequest {
  callId: string;
  outDir: string;
  scope: 'changed' | 'all';
  reviewerIds?: string[];
  dueAt?: string | null;
}

export interface IssueResult {
  callId: string;
  callCode: string;
  outDir: string;
  packages: IssuedPackage[];
}

/** Packages are built a few at a time: scrypt runs on libuv's thread pool, off the main thread. */
const PARALLEL_BUILDS = 4;
const utf8 = new TextEncoder();

/**
 * Issues assignment packages (评审任务包). Everything is checked first; packages are written as
 * `*.partial` files; then one transaction records them (with any new office keys and enrolment
 * secrets, the due dates and the call's move to `reviewing`); only then do the files get their
 * names. A failure or cancel before the commit removes the partial files and records nothing.
 */
export async function issuePackages(
  request: IssueRequest,
  ctx: HandlerContext,
  options: { scrypt?: ScryptParams } = {},
): Promise<IssueResult> {
  const { db, info } = ctx.session.require('office');
  const call = requireAssignableCall(db, request.callId);
  const rubric = callRubric(db, call);
  const keys = loadOrMakeOfficeKeys(db, ctx.services);
  const dueAt = request.dueAt === undefined ? call.reviewDueAt : request.dueAt;
  const office = {
    name: info.name,
    signingPublicKey: keys.signing.publicKey,
    encryptionPublicKey: keys.encryption.publicKey,
  };
  const targets = chooseTargets(packageTargets(db, { call, rubric, office, dueAt }), request, call.code);

  const outDir = packagesFolder(request.outDir);
  const issuedAt = ctx.services.now().toISOString();
  const planned = targets.map((target) => {
    const version = (target.latest?.version ?? 0) + 1;
    const fileName = packageFileName(call.code, target.reviewer, version);
    const plan = planPackage(db, ctx.services.randomBytes, {
      folder: outDir,
      fileName,
      reviewerId: target.reviewer.id,
      version,
    });
    return { ...plan, target };
  });

  const built = await issueAsPartials(ctx, {
    folder: outDir,
    plans: planned,
    parallel: PARALLEL_BUILDS,
    label: 'assignment.progress.building',
    build: async (plan) => {
      const content: AssignmentPackageContent = {
        ...plan.target.body,
        packageVersion: plan.version,
        issuedAt,
        enrolmentSecret: plan.secret,
      };
      const bytes = await sealPackage(ctx, {
        kind: 'assignment-package',
        plan,
        call,
        office: { id: info.id, name: info.name, signingPrivateKey: keys.signing.privateKey },
        issuedAt,
        entries: [
          { name: 'content.json', bytes: utf8.encode(JSON.stringify(content)) },
          ...attachmentEntries(db, plan.target.applications),
        ],
        scrypt: options.scrypt,
      });
      const issued: IssuedPackage & { contentDigest: string } = {
        reviewerId: plan.target.reviewer.id,
        name: plan.target.reviewer.name,
        email: plan.target.reviewer.email,
        fileName: plan.fileName,
        path: plan.file,
        version: plan.version,
        applications: plan.target.applications.length,
        attachments: new Set(plan.target.applications.flatMap((a) => a.attachments.map((f) => f.sha256)))
          .size,
        bytes: bytes.length,
        digest: sha256Hex(bytes),
        passphrase: plan.passphrase,
        contentDigest: plan.target.digest,
      };
      return { bytes, issued };
    },
    record: (issued) =>
      recordIssuedPackages(db, {
        callId: call.id,
        officeKeys: keys.created,
        newEnrolmentSecrets: newEnrolmentSecrets(planned),
        packages: planned.map((plan, index) => {
          const result = issued[index] as (typeof issued)[number];
          return {
            callId: call.id,
            reviewerId: plan.reviewerId,
            version: plan.version,
            bundleId: plan.bundleId,
            fileName: plan.fileName,
            digest: result.digest,
            contentDigest: result.contentDigest,
            applicationCount: result.applications,
            rubricVersion: call.rubricVersion,
            dueAt,
            issuedAt,
          };
        }),
        now: issuedAt,
      }),
  });
  auditIssued(
    db,
    { at: issuedAt, actor: 'local', action: 'packages.export', subject: call.id, folder: outDir },
    built,
  );
  return {
    callId: call.id,
    callCode: call.code,
    outDir,
    packages: built.map(({ contentDigest: _contentDigest, ...rest }) => rest),
  };
}

function chooseTargets(all: PackageTarget[], request: IssueRequest, callCode: string): PackageTarget[] {
  let chosen = all;
  if (request.reviewerIds) {
    const wanted = new Set(request.reviewerIds);
    chosen = all.filter((target) => wanted.has(target.reviewer.id));
    const unknown = [...wanted].filter((id) => !chosen.some((target) => target.reviewer.id === id));
    if (unknown.length > 0) {
      throw new AppError('assignment.errors.notAssignedReviewers', {
        call: callCode,
        reviewers: unknown.join(', '),
      });
    }
  }
  if (all.every((target) => target.applications.length === 0)) {
    throw new AppError('assignment.errors.nothingToIssue', { call: callCode });
  }
  return request.scope === 'all' ? chosen : chosen.filter((target) => target.state !== 'current');
}
