import path from 'node:path';
import { sha256Hex } from '../crypto/hash';
import { pdfProblem } from './pdf';
import { eachWithProgress, type Work } from './progress';
import type { IssueLog } from './report';
import { MAX_PDF_BYTES, type PendingFile } from './source';

export interface MatchedAttachment {
  referenceNo: string;
  /** The file's base name, as stored. */
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
}

/** Files an operating system leaves in folders; never reported. */
const SYSTEM_FILE = /(^|\/)(\.[^/]*|thumbs\.db|desktop\.ini)$/iu;
const SEPARATOR = /^[\s_\-.()（）—–]/u;

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The reference number a file belongs to: its folder is named by the reference number
 * (`GX-001/申请书.pdf`), or its name starts with it followed by the end or a separator
 * (`GX-001.pdf`, `GX-001_申请书.pdf`). Longest reference first, so GX-001-2 never goes to GX-001.
 */
export function referenceFor(name: string, references: readonly string[]): string | undefined {
  const folded = fold(name);
  const segments = folded.split('/');
  const base = fold(path.posix.basename(name, path.posix.extname(name)));
  const sorted = [...references].sort((a, b) => b.length - a.length);
  return sorted.find((reference) => {
    const key = fold(reference);
    if (segments.length > 1 && segments.slice(0, -1).includes(key)) return true;
    return base === key || (base.startsWith(key) && SEPARATOR.test(base.slice(key.length)));
  });
}

/**
 * Reads, checks and matches attachment files: only `.pdf` files are considered; each must be a
 * real, unencrypted PDF (an error otherwise); unmatched PDFs and other files are warnings.
 */
export async function matchAttachments(
  files: readonly PendingFile[],
  references: readonly string[],
  log: IssueLog,
  work: Work,
): Promise<{ files: number; matched: MatchedAttachment[] }> {
  const matched: MatchedAttachment[] = [];
  const seen = new Set<string>();
  const candidates = files.filter((file) => !SYSTEM_FILE.test(file.name));
  await eachWithProgress(candidates, work, 'office.import.progress.attachments', async (file) => {
    if (path.posix.extname(file.name).toLowerCase() !== '.pdf')
      return log.warning(0, '', 'notPdfIgnored', { file: file.name });
    const referenceNo = referenceFor(file.name, references);
    if (!referenceNo) return log.warning(0, '', 'attachmentUnmatched', { file: file.name });
    if (file.size > MAX_PDF_BYTES)
      return log.error(0, '', 'pdfTooLarge', { file: file.name, limit: MAX_PDF_BYTES / 1024 / 1024 });
    const bytes = await file.read();
    const problem = await pdfProblem(bytes);
    if (problem) return log.error(0, '', problem, { file: file.name });
    const sha256 = sha256Hex(bytes);
    const key = `${referenceNo}\u0000${sha256}`;
    if (seen.has(key))
      return log.warning(0, '', 'duplicateAttachment', { file: file.name, reference: referenceNo });
    seen.add(key);
    matched.push({ referenceNo, fileName: path.posix.basename(file.name), sha256, bytes });
  });
  return { files: candidates.length, matched };
}
