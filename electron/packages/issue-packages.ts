import { existsSync, linkSync, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { attachmentBytes, enrolmentSecret, recordIssuedPackages } from '../../db/repositories/packages';
import { base64urlEncode } from '../../shared/bundle/encoding';
import type { IssuedPackage } from '../../shared/contract/packages';
import type { AssignmentPackageContent } from '../../shared/domain/assignment-package';
import { AppError } from '../../shared/errors';
import { writeBundle } from '../bundle/envelope';
import type { HandlerContext } from '../core/context';
import { generatePassphrase, sha256Hex } from '../crypto';
import type { ScryptParams } from '../crypto/scrypt';
import { requireAssignableCall } from '../assignment/assignable-call';
import { packageFileName } from './file-names';
import { randomUuid } from '../core/ids';
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
const ENROLMENT_SECRET_BYTES = 32;
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

  const outDir = path.resolve(request.outDir);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new AppError('assignment.errors.outDirNotFolder', { path: outDir });
  }
  const now = ctx.services.now();
  const issuedAt = now.toISOString();
  const planned = targets.map((target) => {
    const version = (target.latest?.version ?? 0) + 1;
    const fileName = packageFileName(call.code, target.reviewer, version);
    const file = path.join(outDir, fileName);
    if (existsSync(file) || existsSync(`${file}.partial`))
      throw new AppError('assignment.errors.fileExists', { path: file });
    const existingSecret = enrolmentSecret(db, target.reviewer.id);
    const secret = existingSecret ?? base64urlEncode(ctx.services.randomBytes(ENROLMENT_SECRET_BYTES));
    return {
      target,
      version,
      fileName,
      file,
      secret,
      newSecret: existingSecret === null,
      passphrase: generatePassphrase(ctx.services.randomBytes),
      bundleId: randomUuid(ctx.services.randomBytes),
    };
  });

  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const built: (IssuedPackage & { contentDigest: string })[] = [];
  try {
    let done = 0;
    const label = 'assignment.progress.building';
    ctx.progress({ done, total: planned.length, label });
    for (let start = 0; start < planned.length; start += PARALLEL_BUILDS) {
      if (ctx.signal.aborted) throw new AppError('errors.cancelled');
      const batch = planned.slice(start, start + PARALLEL_BUILDS);
      const results = await Promise.all(
        batch.map(async (plan) => {
          const content: AssignmentPackageContent = {
            ...plan.target.body,
            packageVersion: plan.version,
            issuedAt,
            enrolmentSecret: plan.secret,
          };
          const bytes = await writeBundle({
            kind: 'assignment-package',
            bundleId: plan.bundleId,
            callId: call.id,
            callCode: call.code,
            sender: { role: 'office', id: info.id, name: info.name.slice(0, 200) || 'office' },
            recipient: { role: 'reviewer', id: plan.target.reviewer.id },
            createdAt: issuedAt,
            entries: [
              { name: 'content.json', bytes: utf8.encode(JSON.stringify(content)) },
              ...attachmentEntries(db, plan.target),
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
          writeFileSync(partial, bytes, { flag: 'wx', mode: 0o600 }); // owner-only, like the workspace
          written.push(partial);
          return {
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
        }),
      );
      built.push(...results);
      done += batch.length;
      ctx.progress({ done, total: planned.length, label });
    }
    if (ctx.signal.aborted) throw new AppError('errors.cancelled');
    recordIssuedPackages(db, {
      callId: call.id,
      officeKeys: keys.created,
      newEnrolmentSecrets: new Map(
        planned.filter((p) => p.newSecret).map((p) => [p.target.reviewer.id, p.secret]),
      ),
      packages: planned.map((plan, index) => {
        const result = built[index] as (typeof built)[number];
        return {
          callId: call.id,
          reviewerId: plan.target.reviewer.id,
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
    });
  } catch (error) {
    for (const file of written) unlinkSync(file);
    throw error;
  }
  for (const plan of planned) {
    // link + unlink never replaces a file that appeared meanwhile (rename would).
    linkSync(`${plan.file}.partial`, plan.file);
    unlinkSync(`${plan.file}.partial`);
  }
  appendAudit(db, {
    at: issuedAt,
    actor: 'local',
    action: 'packages.export',
    subject: call.id,
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

/** One entry per distinct attachment, each checked against the SHA-256 it was stored with. */
function attachmentEntries(db: Db, target: PackageTarget): { name: string; bytes: Uint8Array }[] {
  const entries = new Map<string, Uint8Array>();
  for (const application of target.applications) {
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
