import type { TableRow } from './table';
import type { IssueLog } from './report';

/** One importable field and the headers it is recognised by, in English and Chinese. */
export interface ColumnSpec<F extends string> {
  field: F;
  required: boolean;
  /** The header the documentation uses, per language; listed in reports of a missing column. */
  en: string;
  zh: string;
  /** Further accepted spellings (compared after `headerKey`). */
  aliases: readonly string[];
  /** How a unit in the header scales the values (元/万元, months/years). */
  unit?: 'money' | 'months';
}

export interface Column {
  index: number;
  header: string;
  /** Values in this column are multiplied by this to reach yuan or months. */
  multiplier: number;
}

/**
 * Folds a header for comparison: width, case, spaces, punctuation, a required-mark `*`, and any
 * bracketed unit (“申请经费（万元）” → “申请经费”, “Duration (months)” → “duration”).
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/gu, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function multiplier(header: string, unit: ColumnSpec<string>['unit']): number {
  const text = header.normalize('NFKC').toLowerCase();
  if (unit === 'money') {
    if (/万元|万|10k|ten thousand/u.test(text)) return 10_000;
    if (/千元|thousand|\bk\s*(cny|yuan|rmb)/u.test(text)) return 1_000;
  }
  if (unit === 'months' && /年|years?\b/u.test(text) && !/月|months?\b/u.test(text)) return 12;
  return 1;
}

function headerLookup<F extends string>(specs: readonly ColumnSpec<F>[]): Map<string, ColumnSpec<F>> {
  const lookup = new Map<string, ColumnSpec<F>>();
  for (const spec of specs)
    for (const name of [spec.en, spec.zh, ...spec.aliases]) lookup.set(headerKey(name), spec);
  return lookup;
}

/** The fields a row's cells name, were it the header row (used to find the header row). */
export function recognisedFields<F extends string>(row: TableRow, specs: readonly ColumnSpec<F>[]): Set<F> {
  const lookup = headerLookup(specs);
  const fields = new Set<F>();
  for (const cell of row.cells) {
    const spec = lookup.get(headerKey(cell.replace(/^\uFEFF/u, '')));
    if (spec) fields.add(spec.field);
  }
  return fields;
}

/**
 * Finds each field's column from the header row. A missing required column and two columns for
 * the same field are errors; an unknown column is a warning (it is ignored).
 */
export function mapColumns<F extends string>(
  header: TableRow,
  specs: readonly ColumnSpec<F>[],
  log: IssueLog,
): Map<F, Column> {
  const lookup = headerLookup(specs);
  const columns = new Map<F, Column>();
  header.cells.forEach((raw, index) => {
    const written = index === 0 ? raw.replace(/^\uFEFF/u, '') : raw;
    if (written.trim() === '') return;
    const spec = lookup.get(headerKey(written));
    if (!spec) return log.warning(header.number, written, 'unknownColumn');
    const first = columns.get(spec.field);
    if (first) return log.error(header.number, written, 'duplicateColumn', { other: first.header });
    columns.set(spec.field, { index, header: written, multiplier: multiplier(written, spec.unit) });
  });
  for (const spec of specs)
    if (spec.required && !columns.has(spec.field))
      log.error(header.number, '', 'missingColumn', { expected: `${spec.zh} / ${spec.en}` });
  return columns;
}
