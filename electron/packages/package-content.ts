import type { AssignmentCallRow } from '../../db/repositories/assignments';
import type { PackageApplicationRow } from '../../db/repositories/packages';
import { canonicalBytes } from '../../shared/canonical/jcs';
import type { AssignmentPackageContent, PackageApplication } from '../../shared/domain/assignment-package';
import type { Rubric } from '../../shared/domain/rubric';
import { sha256Hex } from '../crypto/hash';
import { callHeading } from '../core/call-heading';

/** Everything a package says except its version, issue time and the reviewer's enrolment secret. */
export type PackageBody = Omit<AssignmentPackageContent, 'packageVersion' | 'issuedAt' | 'enrolmentSecret'>;

export function packageBody(input: {
  call: AssignmentCallRow;
  rubric: Rubric;
  challenges: { id: string; code: string; titleZh: string; titleEn: string }[];
  reviewer: { id: string; name: string; email: string; institution: string };
  office: { name: string; signingPublicKey: string; encryptionPublicKey: string };
  dueAt: string | null;
  applications: readonly PackageApplicationRow[];
}): PackageBody {
  const { call } = input;
  return {
    call: {
      ...callHeading(call),
      category: call.category,
      reviewMode: call.reviewMode,
      rubricVersion: call.rubricVersion,
      rubric: input.rubric,
      challenges: input.challenges.map((c) => ({
        id: c.id,
        code: c.code,
        title: { zh: c.titleZh, en: c.titleEn },
      })),
    },
    reviewer: { ...input.reviewer },
    office: { ...input.office },
    dueAt: input.dueAt,
    applications: input.applications.map((row) => packageApplication(row, call.reviewMode)),
  };
}

/** In blind review the applicant block is null: names, institution, e-mail and team never leave. */
function packageApplication(row: PackageApplicationRow, mode: 'open' | 'blind'): PackageApplication {
  return {
    id: row.id,
    referenceNo: row.referenceNo,
    title: row.title,
    abstract: row.abstract,
    keywords: row.keywords,
    discipline: row.discipline,
    challengeId: row.challengeId,
    applicant:
      mode === 'blind'
        ? null
        : { piName: row.piName, institution: row.institution, email: row.email, team: row.team },
    durationMonths: row.durationMonths,
    requestedTotal: row.requestedTotal,
    budgetLines: row.budgetLines,
    attachments: row.attachments.map((file) => ({
      sha256: file.sha256,
      fileName: file.fileName,
      size: file.size,
    })),
  };
}

/** SHA-256 of the body's canonical JSON: equal digests mean the reviewer already holds this. */
export function bodyDigest(body: PackageBody): string {
  return sha256Hex(canonicalBytes(body));
}
