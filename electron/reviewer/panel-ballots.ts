import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  findMemberBallot,
  findPanelPackage,
  listMemberBallots,
  listPanelPackages,
  upsertMemberBallot,
  type ReviewerBallotRow,
  type ReviewerPanelPackageRow,
} from '../../db/repositories/reviewer-panel';
import type { MemberBallot, PanelCallSummary } from '../../shared/contract/panel-bundles';
import {
  ballotBundleContentSchema,
  panelPackageContentSchema,
  type PanelPackageContent,
} from '../../shared/domain/panel-bundles';
import type { PanelVote } from '../../shared/domain/panel';
import { AppError } from '../../shared/errors';
import { parseJsonText } from '../../shared/json/parse';
import type { Services } from '../core/context';
import { randomUuid } from '../core/ids';
import { sha256Hex } from '../crypto/hash';
import { ballotDigest } from '../panel/ballots';
import { ballotBundleFileName } from './file-name';
import { requireWorkspaceReviewer, sealForOffice, senderKey } from './seal-for-office';

function requirePackage(
  db: Db,
  callId: string,
): { row: ReviewerPanelPackageRow; content: PanelPackageContent } {
  const row = findPanelPackage(db, callId);
  if (!row) throw new AppError('ballot.errors.noPanelPackage', { call: callId });
  // Stored after verification; parsed again so a damaged workspace says so instead of misbehaving.
  return { row, content: panelPackageContentSchema.parse(parseJsonText(row.contentJson)) };
}

function memberBallot(row: ReviewerBallotRow): MemberBallot {
  return {
    vote: row.vote,
    finalScore: row.finalScore,
    comment: row.comment,
    revision: row.revision,
    exported: row.exportedRevision === row.revision,
    savedAt: row.savedAt,
  };
}

/** Every panel package opened in this workspace, with its shortlist and the ballots cast. */
export function panelCalls(db: Db): PanelCallSummary[] {
  return listPanelPackages(db).map((row) => {
    const { content } = requirePackage(db, row.callId);
    const ballots = new Map(
      listMemberBallots(db, row.callId).map((ballot) => [ballot.applicationId, ballot]),
    );
    return {
      callId: content.call.id,
      callCode: content.call.code,
      title: content.call.title,
      packageVersion: content.packageVersion,
      issuedAt: content.issuedAt,
      rule: content.rule,
      finalScale: content.finalScale,
      lastExportedAt: row.lastExportedAt,
      applications: content.applications.map((application) => {
        const ballot = ballots.get(application.id);
        return {
          applicationId: application.id,
          referenceNo: application.referenceNo,
          title: application.title,
          meanOverall: application.digest.overall?.mean ?? null,
          submittedReviews: application.digest.submitted,
          ballot: ballot ? memberBallot(ballot) : null,
        };
      }),
    };
  });
}

function findApplication(content: PanelPackageContent, applicationId: string) {
  const application = content.applications.find(
    (candidate) => candidate.id === applicationId || candidate.referenceNo === applicationId,
  );
  if (!application) throw new AppError('ballot.errors.notInPackage', { application: applicationId });
  return application;
}

export function panelApplication(db: Db, callId: string, applicationId: string) {
  const { row, content } = requirePackage(db, callId);
  const application = findApplication(content, applicationId);
  const ballot = findMemberBallot(db, row.callId, application.id);
  return {
    callId: content.call.id,
    callCode: content.call.code,
    rubric: content.call.rubric,
    finalScale: content.finalScale,
    application,
    ballot: ballot ? memberBallot(ballot) : null,
  };
}

export function panelAttachmentName(db: Db, callId: string, sha256: string): string {
  const { content } = requirePackage(db, callId);
  for (const application of content.applications) {
    const file = application.attachments.find((candidate) => candidate.sha256 === sha256);
    if (file) return file.fileName;
  }
  throw new AppError('reviewer.errors.attachmentNotFound');
}

/**
 * Records the member's ballot on a shortlisted application. The final score, when given, must lie
 * on the rubric's overall scale. A change raises the revision (and the digest follows); saving the
 * same ballot again changes nothing.
 */
export function saveMemberBallot(
  db: Db,
  input: {
    callId: string;
    applicationId: string;
    vote: PanelVote;
    finalScore: number | null;
    comment: string;
  },
  now: string,
): MemberBallot {
  const me = requireWorkspaceReviewer(db);
  const { row, content } = requirePackage(db, input.callId);
  const application = findApplication(content, input.applicationId);
  const { min, max } = content.finalScale;
  if (input.finalScore !== null && (input.finalScore < min || input.finalScore > max)) {
    throw new AppError('ballot.errors.scoreOutOfScale', { score: input.finalScore, min, max });
  }
  const comment = input.comment.trim();
  const current = findMemberBallot(db, row.callId, application.id);
  if (
    current &&
    current.vote === input.vote &&
    current.finalScore === input.finalScore &&
    current.comment === comment
  ) {
    return memberBallot(current);
  }
  const revision = (current?.revision ?? 0) + 1;
  const ballot = {
    applicationId: application.id,
    vote: input.vote,
    finalScore: input.finalScore,
    comment,
    revision,
  };
  const digest = ballotDigest({ ...ballot, reviewerId: me.id });
  db.transaction(() => {
    upsertMemberBallot(db, { callId: row.callId, ...ballot, digest, savedAt: now });
    appendAudit(db, {
      at: now,
      actor: me.id,
      action: 'reviewer.panel.ballot',
      subject: application.referenceNo,
      details: { callId: row.callId, revision, vote: input.vote, finalScore: input.finalScore },
    });
  }).immediate();
  return memberBallot(findMemberBallot(db, row.callId, application.id) as ReviewerBallotRow);
}

export interface BuiltBallotBundle {
  callId: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  exportedAt: string;
  carried: { applicationId: string; revision: number }[];
}

/**
 * The member's ballot bundle for one call: every ballot with its revision and digest, the
 * enrolment proof, signed with the member's key and encrypted to the office's key.
 */
export async function buildBallotBundle(
  db: Db,
  services: Services,
  callId: string,
): Promise<BuiltBallotBundle> {
  const me = requireWorkspaceReviewer(db);
  const { row, content } = requirePackage(db, callId);
  const ballots = listMemberBallots(db, row.callId);
  if (ballots.length === 0) throw new AppError('ballot.errors.nothingToExport', { call: content.call.code });
  const { key, enrolment } = senderKey(db, services, row.enrolmentSecret);
  const now = services.now();
  const exportedAt = now.toISOString();
  const bundleContent = ballotBundleContentSchema.parse({
    reviewerId: me.id,
    packageVersion: row.packageVersion,
    exportedAt,
    enrolment,
    ballots: ballots.map((ballot) => ({
      applicationId: ballot.applicationId,
      vote: ballot.vote,
      finalScore: ballot.finalScore,
      comment: ballot.comment,
      revision: ballot.revision,
      digest: ballot.digest,
    })),
  });
  const bytes = await sealForOffice(services, {
    kind: 'ballot-bundle',
    bundleId: randomUuid(services.randomBytes),
    call: content.call,
    me,
    key,
    office: { id: row.officeId, encryptionPublicKey: row.officeEncryptionPublicKey },
    createdAt: exportedAt,
    content: bundleContent,
  });
  return {
    callId: row.callId,
    fileName: ballotBundleFileName(content.call.code, me.name, now),
    bytes,
    sha256: sha256Hex(bytes),
    exportedAt,
    carried: ballots.map((ballot) => ({ applicationId: ballot.applicationId, revision: ballot.revision })),
  };
}
