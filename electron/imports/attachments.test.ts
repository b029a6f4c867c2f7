import { describe, expect, it } from 'vitest';
import { matchAttachments, referenceFor } from './attachments';
import { pdfProblem } from './pdf';
import { IssueLog } from './report';
import { pdfBytes, utf8 } from '../../test/support/imports/office-kit';

const work = { signal: new AbortController().signal, progress: () => undefined };

describe('attachments', () => {
  const references = ['GX-001', 'GX-001-2', 'GX-002'];

  it.each([
    ['GX-001.pdf', 'GX-001'],
    ['gx-001_申请书.PDF', 'GX-001'],
    ['GX-001-2.pdf', 'GX-001-2'],
    ['GX-001 (budget).pdf', 'GX-001'],
    ['GX-002/任意名称.pdf', 'GX-002'],
    ['GX-0012.pdf', undefined],
    ['other.pdf', undefined],
  ])('matches %s to %s', (name, expected) => {
    expect(referenceFor(name, references)).toBe(expected);
  });

  it('accepts a real PDF and refuses fakes, truncated and damaged files', async () => {
    const real = await pdfBytes('Application GX-001');
    expect(await pdfProblem(real)).toBeNull();
    expect(await pdfProblem(utf8('just text'))).toBe('notPdf');
    expect(await pdfProblem(real.subarray(0, real.length - 20))).toBe('pdfTruncated');
    expect(await pdfProblem(utf8('%PDF-1.7\n garbage \n%%EOF'))).toBe('pdfUnreadable');
  });

  it('hashes matched PDFs and reports unmatched, non-PDF and fake files', async () => {
    const real = await pdfBytes('GX-001');
    const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, read: async () => bytes });
    const log = new IssueLog();
    const result = await matchAttachments(
      [
        file('GX-001.pdf', real),
        file('GX-001-copy.pdf', real),
        file('notes.txt', utf8('x')),
        file('.DS_Store', utf8('x')),
        file('unknown.pdf', real),
        file('GX-002.pdf', utf8('not a pdf')),
      ],
      references,
      log,
      work,
    );
    expect(result.files).toBe(5);
    expect(result.matched).toHaveLength(1);
    expect(result.matched[0]).toMatchObject({ referenceNo: 'GX-001', fileName: 'GX-001.pdf' });
    expect(result.matched[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(log.kept.map((issue) => [issue.severity, issue.problem.key.split('.').pop()])).toEqual([
      ['warning', 'duplicateAttachment'],
      ['warning', 'notPdfIgnored'],
      ['warning', 'attachmentUnmatched'],
      ['error', 'notPdf'],
    ]);
  });
});
