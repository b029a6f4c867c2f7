import { existsSync, linkSync, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { attachmentBytes, enrolmentSecret, type PackageApplicationRow } from '../../db/repositories/packages';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { AppError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/message-key';
import { writeBundle, type BundleEntryInput } from '../bundle/envelope';
import type { HandlerContext } from '../core/context';
import { randomUuid } from '../core/ids';
import { generatePassphrase, sha256Hex } from '../crypto';
import type { ScryptParams } from '../crypto/scrypt';

/**
 * The issuing of the office's sealed packages to reviewers, the same for assignment packages and
 * panel packages: each is signed by the office, sealed with a passphrase of its own and carries the
 * reviewer's enrolment secret (made at their first package).
 */
export interface PackagePlan {
  reviewerId: string;
  version: number;
  fileName: string;
  /** Where the package is named once recorded; it is written to `${file}.partial` first. */
  file: string;
  secret: string;
  newSecret: boolean;
  passphrase: string;
  bundleId: string;
}

const ENROLMENT_SECRET_BYTES = 32;

/** The folder packages are issued into, resolved; refused if it is a file. */
export function packagesFolder(outDir: string): string {
  const folder = path.resolve(outDir);
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new AppError('assignment.errors.outDirNotFolder', { path: folder });
  }
  return folder;
}

/** Plans one package: refused if its file (or a partial of it) is there already. */
export function planPackage(
  db: Db,
  random: HandlerContext['services']['randomBytes'],
  target: { folder: string; fileName: string; reviewerId: string; version: number },
): PackagePlan {
  const file = path.join(target.folder, target.fileName);
  if (existsSync(file) || existsSync(`${file}.partial`))
    throw new AppError('assignment.errors.fileExists', { path: file });
  const existingSecret = enrolmentSecret(db, target.reviewerId);
  return {
    reviewerId: target.reviewerId,
    version: target.version,
    fileName: target.fileName,
    file,
    secret: existingSecret ?? base64urlEncode(random(ENROLMENT_SECRET_BYTES)),
    newSecret: existingSecret === null,
    passphrase: generatePassphrase(random),
    bundleId: randomUuid(random),
  };
}

/** The enrolment secrets made for these packages, by reviewer, for the transaction that records them. */
export function newEnrolmentSecrets(plans: readonly PackagePlan[]): Map<string, string> {
  return new Map(plans.filter((plan) => plan.newSecret).map((plan) => [plan.reviewerId, plan.secret]));
}

/** One package's bytes: from the office, to the plan's reviewer, sealed with the plan's passphrase. */
export function sealPackage(
  ctx: HandlerContext,
  input: {
    kind: 'assignment-package' | 'panel-package';
    plan: PackagePlan;
    call: { id: string; code: string };
    office: { id: string; name: string; signingPrivateKey: string };
    issuedAt: string;
    entries: readonly BundleEntryInput[];
    scrypt?: ScryptParams | undefined;
  },
): Promise<Uint8Array> {
  const { plan, office } = input;
  return writeBundle({
    kind: input.kind,
    bundleId: plan.bundleId,
    callId: input.call.id,
    callCode: input.call.code,
    sender: { role: 'office', id: office.id, name: office.name.slice(0, 200) || 'office' },
    recipient: { role: 'reviewer', id: plan.reviewerId },
    createdAt: input.issuedAt,
    entries: input.entries,
    signingPrivateKey: office.signingPrivateKey,
    encryption: {
      scheme: 'passphrase',
      passphrase: plan.passphrase,
      ...(input.scrypt ? { scrypt: input.scrypt } : {}),
    },
    random: ctx.services.randomBytes,
  });
}

/**
 * Builds every planned package into `${file}.partial` (`parallel` at a time: scrypt runs on
 * libuv's thread pool, off the main thread), then `record`s them in one transaction, and only
 * then names the files. A failure or cancel before the record removes the partial files, so
 * nothing is issued; the issued packages are returned in the plans' order.
 */
export async function issueAsPartials<P extends PackagePlan, R>(
  ctx: HandlerContext,
  input: {
    folder: string;
    plans: readonly P[];
    parallel: number;
    label: MessageKey;
    build: (plan: P) => Promise<{ bytes: Uint8Array; issued: R }>;
    record: (issued: readonly R[]) => void;
  },
): Promise<R[]> {
  const { plans, label } = input;
  mkdirSync(input.folder, { recursive: true });
  const written: string[] = [];
  const issued: R[] = [];
  try {
    ctx.progress({ done: 0, total: plans.length, label });
    for (let start = 0; start < plans.length; start += input.parallel) {
      if (ctx.signal.aborted) throw new AppError('errors.cancelled');
      const batch = plans.slice(start, start + input.parallel);
      const results = await Promise.all(
        batch.map(async (plan) => {
          const { bytes, issued: one } = await input.build(plan);
          const partial = `${plan.file}.partial`;
          writeFileSync(partial, bytes, { flag: 'wx', mode: 0o600 }); // owner-only, like the workspace
          written.push(partial);
          return one;
        }),
      );
      issued.push(...results);
      ctx.progress({ done: issued.length, total: plans.length, label });
    }
    if (ctx.signal.aborted) throw new AppError('errors.cancelled');
    input.record(issued);
  } catch (error) {
    for (const file of written) unlinkSync(file);
    throw error;
  }
  for (const plan of plans) {
    // link + unlink never replaces a file that appeared meanwhile (rename would).
    linkSync(`${plan.file}.partial`, plan.file);
    unlinkSync(`${plan.file}.partial`);
  }
  return issued;
}

/** The audit entry of an issue: which package of which reviewer went into which file. */
export function auditIssued(
  db: Db,
  entry: { at: string; actor: string; action: string; subject: string; folder: string },
  packages: readonly { reviewerId: string; version: number; fileName: string; digest: string }[],
): void {
  appendAudit(db, {
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    details: {
      outDir: entry.folder,
      packages: packages.map((p) => ({
        reviewerId: p.reviewerId,
        version: p.version,
        file: p.fileName,
        digest: p.digest,
      })),
    },
  });
}

/** One entry per distinct attachment, each checked against the SHA-256 it was stored with. */
export function attachmentEntries(
  db: Db,
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
