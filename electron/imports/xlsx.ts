import ExcelJS from 'exceljs';
import type { Table, TableRow } from './table';

/** Reads the visible worksheets of an .xlsx workbook, in order, as text cells. */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its input as an ArrayBuffer (and hands it to JSZip, which reads one); the
  // compressed workbook is small next to what it expands to, so the copy costs little.
  await workbook.xlsx.load(bytes.slice().buffer);
  const visible = workbook.worksheets.filter((candidate) => candidate.state === 'visible');
  const worksheets = visible.length > 0 ? visible : workbook.worksheets.slice(0, 1);
  return {
    sheets: worksheets.map((worksheet) => {
      const rows: TableRow[] = [];
      worksheet.eachRow({ includeEmpty: false }, (row, number) => {
        const cells: string[] = [];
        for (let column = 1; column <= row.cellCount; column += 1)
          cells.push(cellText(row.getCell(column).value));
        rows.push({ number, cells });
      });
      return { name: worksheet.name, rows };
    }),
  };
}

/**
 * A cell as the text the officer typed: numbers without float noise, dates as ISO dates (the time
 * kept only when it is not midnight), rich text joined, formulas by their cached result.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return value.error;
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}
