import { csvDocument } from '../../shared/tables/csv-write';
import type { ExportTable } from './export-tables';

/** An export table as CSV bytes (UTF-8 with BOM), through the one CSV writer with its guard. */
export function tableToCsv(table: Pick<ExportTable, 'columns' | 'rows'>): Uint8Array {
  return new TextEncoder().encode(csvDocument([table.columns.map((column) => column.header), ...table.rows]));
}
