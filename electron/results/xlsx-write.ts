import ExcelJS from 'exceljs';
import { stripUnsafeCharacters } from '../../shared/tables/cell-guard';
import type { ExportTable } from './export-tables';

const NUMBER_FORMATS = { integer: '0', decimal: '0.00', money: '#,##0' } as const;
/** Excel's "Text" format: what is typed into the cell later stays text too. */
const TEXT_FORMAT = '@';

/** What a sheet needs: any table with a name, typed columns and rows (results, reviewer record). */
export type XlsxTable = Pick<ExportTable, 'name' | 'columns' | 'rows'>;

/**
 * One sheet per table. Text cells are written as strings with the Text number format, never as
 * formulas, so content starting with = + - @ is shown literally and stays text when edited; numbers
 * stay numbers. Text loses the characters no cell should carry (shared/tables/cell-guard.ts: control
 * characters XML cannot hold, bidi overrides). Excel sheet names are limited to 31 characters
 * without []:*?/\.
 */
export async function tablesToXlsx<Table extends XlsxTable>(
  tables: readonly Table[],
  meta: { title: string; created: Date },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peerdesk';
  workbook.title = meta.title;
  workbook.created = meta.created;
  workbook.modified = meta.created;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column, index) => ({
      key: String(index),
      width: columnWidth([column.header, ...table.rows.map((row) => row[index] ?? null)]),
      style: { numFmt: column.kind === 'text' ? TEXT_FORMAT : NUMBER_FORMATS[column.kind] },
    }));
    const header = sheet.getRow(1);
    table.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = stripUnsafeCharacters(column.header);
      cell.numFmt = TEXT_FORMAT;
    });
    header.font = { bold: true };
    header.commit();
    table.rows.forEach((cells, rowIndex) => {
      const row = sheet.getRow(rowIndex + 2);
      cells.forEach((value, index) => {
        if (value === null) return;
        const cell = row.getCell(index + 1);
        cell.value = typeof value === 'string' ? stripUnsafeCharacters(value) : value;
        cell.numFmt = typeof value === 'string' ? TEXT_FORMAT : NUMBER_FORMATS[numberKind(table, index)];
      });
      row.commit();
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function numberKind(table: XlsxTable, index: number): 'integer' | 'decimal' | 'money' {
  const kind = table.columns[index]?.kind ?? 'decimal';
  return kind === 'text' ? 'decimal' : kind;
}

function sheetName(name: string): string {
  return (
    stripUnsafeCharacters(name)
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31) || 'Sheet'
  );
}

/** Width in character cells: CJK characters are two wide; capped so long comments wrap in place. */
function columnWidth(values: readonly (string | number | null)[]): number {
  let widest = 6;
  for (const value of values) {
    if (value === null) continue;
    const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
    let width = 0;
    for (const char of text.slice(0, 200)) width += /[\u1100-\uFFEF]/.test(char) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return Math.min(widest + 2, 60);
}
