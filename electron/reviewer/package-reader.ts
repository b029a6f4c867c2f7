import type { BundleManifest } from '../../shared/bundle/manifest';
import {
  assignmentPackageContentSchema,
  type AssignmentPackageContent,
} from '../../shared/domain/assignment-package';
import { openBundle } from '../bundle/envelope';
import { inconsistent, packageAttachments, packageContent } from './package-content';

/** An assignment package that passed every check: safe to import as it is. */
export interface VerifiedPackage {
  manifest: BundleManifest;
  content: AssignmentPackageContent;
  /** PDF bytes by their SHA-256 (hex). */
  attachments: Map<string, Uint8Array>;
  /** SHA-256 of the whole package file. */
  digest: string;
}

/**
 * Opens a package with its passphrase and checks everything before anything is written: the
 * envelope (container, signature, decryption: bundle.errors.*), the content schema, that manifest
 * and content agree on call, reviewer and office key, that every attachment is listed, present, a
 * PDF and has the digest and size it claims, and that ids the core tables key on are unique.
 */
export async function readAssignmentPackage(
  source: string | Uint8Array,
  passphrase: string,
): Promise<VerifiedPackage> {
  const opened = await openBundle(source, { expectedKind: 'assignment-package', decrypt: { passphrase } });
  const content = packageContent(opened, 'assignment-package', assignmentPackageContentSchema);
  const { manifest } = opened;

  const challengeIds = new Set(content.call.challenges.map((challenge) => challenge.id));
  const applicationIds = new Set<string>();
  const referenceNos = new Set<string>();
  const listed = new Map<string, number>();
  for (const application of content.applications) {
    if (applicationIds.has(application.id)) throw inconsistent(`application ${application.id} listed twice`);
    if (referenceNos.has(application.referenceNo)) {
      throw inconsistent(`reference number ${application.referenceNo} listed twice`);
    }
    applicationIds.add(application.id);
    referenceNos.add(application.referenceNo);
    if (application.challengeId !== null && !challengeIds.has(application.challengeId)) {
      throw inconsistent(`application ${application.referenceNo} names an unknown challenge`);
    }
    const lines = new Set<string>();
    for (const line of application.budgetLines) {
      const key = `${line.workPackage}\u0000${line.year}`;
      if (lines.has(key))
        throw inconsistent(
          `budget line ${line.workPackage} / ${line.year} of ${application.referenceNo} listed twice`,
        );
      lines.add(key);
    }
    for (const attachment of application.attachments) listed.set(attachment.sha256, attachment.size);
  }

  const attachments = packageAttachments(opened.entries, listed);
  return { manifest, content, attachments, digest: opened.digest };
}
