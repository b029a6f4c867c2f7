import type { ReactNode } from 'react';
import { TableHead, type Heading } from '../TableHead';

/**
 * One column of a report table: its heading and what a row shows in it. `numeric` right-aligns the
 * column, heading and cells alike; `className` styles its cells (e.g. `mono` for references).
 */
export interface ReportColumn<Row> {
  heading: Heading;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  className?: string;
}

function numericHeading(heading: Heading): Heading {
  return typeof heading === 'string' ? { label: heading, numeric: true } : { ...heading, numeric: true };
}

/**
 * A small table drawn in full (reports, short lists): a heading row and a row per entry, each cell
 * from its column. `rowClassName` marks rows (changed, removed); `footer` is the table's own
 * `tfoot` rows (totals). Long or sortable lists use VirtualTable instead.
 */
export function ReportTable<Row>({
  columns,
  rows,
  rowKey,
  className = 'table',
  label,
  rowClassName,
  footer,
}: {
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  className?: string;
  /** The table's accessible name, where no heading names it. */
  label?: string;
  rowClassName?: (row: Row) => string | undefined;
  footer?: ReactNode;
}) {
  return (
    <table className={className} aria-label={label}>
      <TableHead
        headings={columns.map((column) => (column.numeric ? numericHeading(column.heading) : column.heading))}
      />
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((column, index) => (
              <td
                key={index}
                className={
                  [column.numeric ? 'num' : null, column.className ?? null].filter(Boolean).join(' ') ||
                  undefined
                }
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer !== undefined && <tfoot>{footer}</tfoot>}
    </table>
  );
}
