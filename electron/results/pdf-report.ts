import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ResultsView } from '../../shared/contract/results';
import { translate } from '../../shared/i18n/translate';
import { round } from './export-tables';
import { formatDateTime } from '../../shared/text/dates';

/**
 * The printable panel report made without a browser (CLI, archive bundle): English only.
 *
 * Decision (docs/results.md): no package in node_modules ships a font with CJK coverage, and a
 * system font (Noto CJK, PingFang, Microsoft YaHei) exists on some machines only; pdf-lib cannot
 * subset those CFF collections reliably. The complete bilingual report is the app's print view
 * (Print / Save as PDF). Here, the built-in Helvetica is used and any text it cannot encode is
 * replaced, never transliterated, by a note pointing to the XLSX export, which carries every
 * Chinese text exactly.
 */
const PAGE = { width: 842, height: 595, margin: 36 } as const; // A4 landscape, points
const SIZE = { title: 15, text: 9, small: 7.5 } as const;
const LINE = 13;

/** Helvetica's WinAnsi coverage used here: printable ASCII and Latin-1. */
const ENCODABLE = /^[\x20-\x7e\u00a0-\u00ff]*$/;

const t = (key: string, params: Record<string, string | number> = {}) =>
  translate('en', `results.pdf.${key}`, params);

export function latinOrNote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return ENCODABLE.test(flat) ? flat : t('seeXlsx');
}

interface Column {
  header: string;
  width: number;
  align: 'left' | 'right';
  value: (a: ResultsView['applications'][number]) => string;
}

export async function panelReportPdf(view: ResultsView, created: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`Panel report ${latinOrNote(view.call.code)}`);
  pdf.setProducer('Peerdesk');
  pdf.setCreator('Peerdesk');
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  const money = (value: number | null) => (value === null ? '' : value.toLocaleString('en-US'));
  const num = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : round(value);
  const columns: Column[] = [
    { header: t('rank'), width: 34, align: 'right', value: (a) => num(a.ranking?.rank) },
    { header: t('reference'), width: 78, align: 'left', value: (a) => latinOrNote(a.referenceNo) },
    { header: t('title'), width: 200, align: 'left', value: (a) => latinOrNote(a.title) },
    { header: t('n'), width: 22, align: 'right', value: (a) => String(a.aggregate.n) },
    { header: t('mean'), width: 38, align: 'right', value: (a) => num(a.aggregate.mean) },
    { header: t('er'), width: 38, align: 'right', value: (a) => num(a.ranking?.er) },
    { header: t('cri50'), width: 56, align: 'right', value: (a) => interval(a.ranking?.cri50) },
    { header: t('cri90'), width: 56, align: 'right', value: (a) => interval(a.ranking?.cri90) },
    {
      header: t('group'),
      width: 54,
      align: 'left',
      value: (a) => (a.ranking?.group ? t(`groups.${a.ranking.group}`) : ''),
    },
    { header: t('award'), width: 70, align: 'right', value: (a) => money(a.award.amount) },
    {
      header: t('decision'),
      width: 56,
      align: 'left',
      value: (a) => (a.decision ? t(`outcomes.${a.decision.outcome}`) : ''),
    },
    { header: t('decided'), width: 68, align: 'right', value: (a) => money(a.decision?.amount ?? null) },
  ];

  const rows = [...view.applications].sort(
    (a, b) =>
      (a.challenge?.code ?? '').localeCompare(b.challenge?.code ?? '') ||
      (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
      a.referenceNo.localeCompare(b.referenceNo),
  );

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const write = (text: string, font: PDFFont, size: number) => {
    page.drawText(fit(text, font, size, PAGE.width - 2 * PAGE.margin), { x: PAGE.margin, y, size, font });
    y -= size + 5;
  };
  write(t('heading', { call: latinOrNote(view.call.code) }), bold, SIZE.title);
  write(latinOrNote(view.call.title.en || view.call.title.zh), regular, SIZE.text);
  const run = view.run;
  const facts = [
    t('generated', { at: formatDateTime(created.toISOString(), 'en', 'UTC') }),
    run
      ? t('runFacts', {
          method: t(`methods.${run.parameters.method}`),
          seed: latinOrNote(run.parameters.seed),
          line: run.fundingLine === null ? '-' : round(run.fundingLine),
          rhat: run.rhatMax === null ? '-' : run.rhatMax.toFixed(3),
        })
      : t('noRun'),
    t('money', {
      envelope: money(view.money.envelope) || '-',
      committed: money(view.money.committed),
      reserved: money(view.money.reserved),
      remaining: view.money.remaining === null ? '-' : money(view.money.remaining),
    }),
    t('chineseNote'),
  ];
  for (const line of facts) write(line, regular, SIZE.text);
  y -= 6;

  const drawHeader = () => {
    let x = PAGE.margin;
    for (const column of columns) {
      cellText(page, column.header, bold, x, y, column);
      x += column.width;
    }
    y -= 4;
    page.drawLine({
      start: { x: PAGE.margin, y },
      end: { x: PAGE.width - PAGE.margin, y },
      thickness: 0.6,
      color: rgb(0.4, 0.4, 0.4),
    });
    y -= LINE - 2;
  };
  drawHeader();
  for (const row of rows) {
    if (y < PAGE.margin + LINE) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
      drawHeader();
    }
    let x = PAGE.margin;
    for (const column of columns) {
      cellText(page, column.value(row), regular, x, y, column);
      x += column.width;
    }
    y -= LINE;
  }
  const pages = pdf.getPages();
  pages.forEach((each, index) =>
    each.drawText(t('page', { page: index + 1, pages: pages.length }), {
      x: PAGE.width - PAGE.margin - 60,
      y: PAGE.margin / 2,
      size: SIZE.small,
      font: regular,
    }),
  );
  return pdf.save({ useObjectStreams: false });
}

function interval(value: [number, number] | undefined): string {
  return value === undefined ? '' : `${round(value[0])}-${round(value[1])}`;
}

function cellText(page: PDFPage, text: string, font: PDFFont, x: number, y: number, column: Column): void {
  const shown = fit(text, font, SIZE.text, column.width - 4);
  const width = font.widthOfTextAtSize(shown, SIZE.text);
  page.drawText(shown, {
    x: column.align === 'right' ? x + column.width - 4 - width : x,
    y,
    size: SIZE.text,
    font,
  });
}

/** Cuts text to a width, ending with "..." when it was cut. */
function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let end = text.length;
  while (end > 0 && font.widthOfTextAtSize(`${text.slice(0, end)}...`, size) > width) end -= 1;
  return `${text.slice(0, end)}...`;
}
