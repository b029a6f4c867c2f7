import { PDFDocument } from 'pdf-lib';

const HEADER = '%PDF-';
const TRAILER = '%%EOF';
/** Readers accept the header within the first 1024 bytes and the end marker within the last 1024. */
const WINDOW = 1024;

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/**
 * Whether bytes are a PDF a reviewer can open: `%PDF-` header, `%%EOF` trailer, a document that
 * pdf-lib parses with at least one page, and no encryption (a reviewer has no password). Returns
 * the problem key (under `office.import.problems`) or null.
 */
export async function pdfProblem(bytes: Uint8Array): Promise<string | null> {
  if (!latin1(bytes.subarray(0, WINDOW)).includes(HEADER)) return 'notPdf';
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - WINDOW))).includes(TRAILER)) return 'pdfTruncated';
  try {
    const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    if (document.isEncrypted) return 'pdfEncrypted';
    if (document.getPageCount() === 0) return 'pdfNoPages';
  } catch {
    return 'pdfUnreadable';
  }
  return null;
}
