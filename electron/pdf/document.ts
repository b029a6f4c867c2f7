import { alignedFontkit } from './aligned-subset';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { cjkFontBytes } from './cjk-font';

/**
 * One way to write Peerdesk's PDFs without a browser, in Chinese and English alike: A4 (portrait,
 * or landscape for wide tables), Noto Sans SC embedded as a subset, text wrapped (per character for
 * CJK, per word otherwise), simple tables, and page numbers added once the page count is known.
 */
const PORTRAIT = { width: 595, height: 842, margin: 50 } as const;
const LANDSCAPE = { width: 842, height: 595, margin: 36 } as const;
const FOOTER = 28;
type Page = typeof PORTRAIT | typeof LANDSCAPE;

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** Characters pdf-lib cannot draw (controls, lone surrogates) become spaces; newlines split lines. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
  return text.replace(controls, ' ').replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => {
    const code = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    const prev = s.charCodeAt(i - 1);
    const paired =
      (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) ||
      (code >= 0xdc00 && prev >= 0xd800 && prev < 0xdc00);
    return paired ? c : ' ';
  });
}

export class PdfWriter {
  private page: PDFPage;
  private y: number;

  private constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
    private readonly sheet: Page,
  ) {
    this.page = pdf.addPage([sheet.width, sheet.height]);
    this.y = sheet.height - sheet.margin;
  }

  static async create(meta: {
    title: string;
    created: Date;
    language: string;
    landscape?: boolean;
  }): Promise<PdfWriter> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.registerFontkit(alignedFontkit);
    pdf.setTitle(printable(meta.title));
    pdf.setLanguage(meta.language);
    pdf.setProducer('Peerdesk');
    pdf.setCreator('Peerdesk');
    pdf.setCreationDate(meta.created);
    pdf.setModificationDate(meta.created);
    const font = await pdf.embedFont(cjkFontBytes(), { subset: true });
    return new PdfWriter(pdf, font, meta.landscape === true ? LANDSCAPE : PORTRAIT);
  }

  /** Splits text into lines no wider than `width` at `size`. */
  wrap(text: string, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of printable(text).split(/\r?\n/)) {
      // Tokens: a run of non-CJK non-space characters (a word), a space, or one other character.
      const tokens = paragraph.match(/[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s|./gsu) ?? [''];
      let line = '';
      for (const token of tokens) {
        const candidate = line + token;
        if (this.font.widthOfTextAtSize(candidate, size) <= width || line === '') {
          line = candidate;
          // A single word wider than the line is cut by characters.
          while (this.font.widthOfTextAtSize(line, size) > width && line.length > 1) {
            let cut = line.length - 1;
            while (cut > 1 && this.font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
            lines.push(line.slice(0, cut));
            line = line.slice(cut);
          }
        } else {
          lines.push(line.trimEnd());
          line = token === ' ' ? '' : token;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  private ensure(height: number): void {
    if (this.y - height >= this.sheet.margin + FOOTER) return;
    this.page = this.pdf.addPage([this.sheet.width, this.sheet.height]);
    this.y = this.sheet.height - this.sheet.margin;
  }

  private draw(text: string, x: number, size: number, grey = false): void {
    this.page.drawText(text, {
      x,
      y: this.y - size,
      size,
      font: this.font,
      color: grey ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0),
    });
  }

  heading(text: string, size = 16): void {
    this.paragraph(text, { size, after: size * 0.6 });
  }

  paragraph(
    text: string,
    options: { size?: number; indent?: number; after?: number; grey?: boolean } = {},
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const lineHeight = size * 1.45;
    for (const line of this.wrap(text, size, this.sheet.width - 2 * this.sheet.margin - indent)) {
      this.ensure(lineHeight);
      this.draw(line, this.sheet.margin + indent, size, options.grey);
      this.y -= lineHeight;
    }
    this.y -= options.after ?? 4;
  }

  /** Label and value on one line, the value wrapped under itself. */
  field(label: string, value: string, size = 10): void {
    const labelWidth = 110;
    const lines = this.wrap(value, size, this.sheet.width - 2 * this.sheet.margin - labelWidth);
    lines.forEach((line, index) => {
      this.ensure(size * 1.45);
      if (index === 0) this.draw(label, this.sheet.margin, size, true);
      this.draw(line, this.sheet.margin + labelWidth, size);
      this.y -= size * 1.45;
    });
  }

  /** A table with a header row repeated on each new page; cells wrap within their column. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 9): void {
    const lineHeight = size * 1.4;
    const drawRow = (cells: readonly string[], header: boolean) => {
      const wrapped = columns.map((column, i) => this.wrap(cells[i] ?? '', size, column.width - 6));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 4;
      if (this.y - height < this.sheet.margin + FOOTER) {
        this.ensure(this.sheet.height);
        if (!header)
          drawRow(
            columns.map((c) => c.header),
            true,
          );
      }
      let x = this.sheet.margin;
      const top = this.y;
      columns.forEach((column, i) => {
        (wrapped[i] ?? []).forEach((line, j) => {
          const offset =
            column.align === 'right' ? column.width - 4 - this.font.widthOfTextAtSize(line, size) : 2;
          this.page.drawText(line, {
            x: x + offset,
            y: top - size - j * lineHeight - 2,
            size,
            font: this.font,
            color: header ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0),
          });
        });
        x += column.width;
      });
      this.y = top - height;
      this.page.drawLine({
        start: { x: this.sheet.margin, y: this.y + 1 },
        end: { x: x, y: this.y + 1 },
        thickness: header ? 0.8 : 0.3,
        color: rgb(0.6, 0.6, 0.6),
      });
    };
    drawRow(
      columns.map((c) => c.header),
      true,
    );
    for (const row of rows) drawRow(row, false);
    this.y -= 8;
  }

  /** A line to sign on, with its label underneath. */
  signatureLine(label: string): void {
    this.ensure(50);
    this.y -= 30;
    this.page.drawLine({
      start: { x: this.sheet.margin, y: this.y },
      end: { x: this.sheet.margin + 220, y: this.y },
      thickness: 0.6,
    });
    this.y -= 4;
    this.draw(label, this.sheet.margin, 9, true);
    this.y -= 14;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Numbers every page (“Page n of m” in the document's language) and returns the file. */
  async finish(pageLabel: (page: number, pages: number) => string): Promise<Uint8Array> {
    const pages = this.pdf.getPages();
    pages.forEach((page, index) => {
      const label = pageLabel(index + 1, pages.length);
      const width = this.font.widthOfTextAtSize(label, 8);
      page.drawText(label, {
        x: (this.sheet.width - width) / 2,
        y: this.sheet.margin / 2,
        size: 8,
        font: this.font,
        color: rgb(0.4, 0.4, 0.4),
      });
    });
    return this.pdf.save({ useObjectStreams: false });
  }
}
