import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/**
 * A small, real PDF for a demo application: a cover page with the reference number, the English
 * title and abstract, and the budget summary. The standard Helvetica font covers Latin text only
 * (no CJK font ships with Peerdesk), so Chinese text stays in the application's metadata. Dates are
 * fixed so the same input gives the same bytes.
 */
export interface DemoPdfInput {
  referenceNo: string;
  callTitle: string;
  title: string;
  abstract: string;
  principalInvestigator: string;
  institution: string;
  requestedTotal: number;
  budgetLines: readonly { workPackage: string; year: number; amount: number }[];
  createdAt: Date;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

export async function demoApplicationPdf(input: DemoPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${input.referenceNo} ${latin(input.title)}`);
  pdf.setAuthor(latin(input.principalInvestigator));
  pdf.setProducer('Peerdesk demo');
  pdf.setCreator('Peerdesk demo');
  pdf.setCreationDate(input.createdAt);
  pdf.setModificationDate(input.createdAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;

  const write = (text: string, size: number, font = regular, gap = 4) => {
    for (const line of wrap(latin(text), (t) => font.widthOfTextAtSize(t, size), width)) {
      page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0.12, 0.16, 0.2) });
      y -= size + gap;
    }
  };

  write(latin(input.callTitle), 10, regular);
  y -= 8;
  write(`Application ${input.referenceNo}`, 12, bold);
  write(input.title, 16, bold, 6);
  y -= 6;
  write(`Principal investigator: ${input.principalInvestigator}`, 10);
  write(`Institution: ${input.institution}`, 10);
  y -= 10;
  write('Abstract', 12, bold);
  write(input.abstract, 10, regular, 3);
  y -= 10;
  write('Lump-sum budget (CNY)', 12, bold);
  for (const line of input.budgetLines) {
    write(`${line.year}  ${line.workPackage}: ${line.amount.toLocaleString('en-US')}`, 10);
  }
  write(`Total requested: ${input.requestedTotal.toLocaleString('en-US')}`, 10, bold);
  return pdf.save({ useObjectStreams: true });
}

/** Keeps what Helvetica (WinAnsi) can draw; other characters become '?', runs of them one '?'. */
function latin(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[–—]/g, '-')
    .replace(/[^\u0020-\u007e]+/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
}

function wrap(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (measure(next) <= width || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
