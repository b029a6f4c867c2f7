import { Fragment, type ReactElement, type ReactNode } from 'react';
import { TableHead, type Heading } from '../TableHead';
import './table.css';

/**
 * One column of a ReportTable.
 * - `heading`: the header cell (text, or a label with a hover `title`).
 * - `cell`: what the column shows for a row.
 * - `numeric`: right-aligned figures, in the heading and in every cell.
 * - `className`: extra classes of the cell, fixed or per row (e.g. a warning colour when a count is not zero).
 * - `title`: the cell's hover text per row (e.g. the full text of a cell cut short by CSS).
 */
export type ReportColumn<Row> = {
  heading: Heading;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  className?: string | ((row: Row) => string | undefined);
  title?: (row: Row) => string | undefined;
};

/**
 * A small table drawn in full from data (reports, short lists): one `th scope="col"` per column and
 * one row per item, keyed by `rowKey`. `empty` replaces the whole table when there are no rows
 * (without it the table is drawn with its header only). `className` adds to the `table` class;
 * `label` names the table where no heading does; `rowClassName` styles a row from its item;
 * `detail` may return content drawn under a row across all columns (an expanded comparison), or
 * null; `footer` is the table's own `tfoot` rows (totals). Long or sortable lists use VirtualTable
 * instead.
 *
 * @example
 * <ReportTable
 *   rows={reviewers}
 *   rowKey={(reviewer) => reviewer.id}
 *   columns={[
 *     { heading: t('name'), cell: (reviewer) => reviewer.name },
 *     { heading: t('assigned'), numeric: true, cell: (reviewer) => reviewer.assigned },
 *   ]}
 *   empty={<p className="muted">{t('none')}</p>}
 * />
 */
export function ReportTable<Row>({
  columns,
  rows,
  rowKey,
  className,
  label,
  empty,
  rowClassName,
  detail,
  footer,
}: {
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  className?: string;
  label?: string;
  empty?: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  detail?: (row: Row) => ReactElement | null;
  footer?: ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <table className={className === undefined ? 'table' : `table ${className}`} aria-label={label}>
      <TableHead headings={columns.map(headingOf)} />
      <tbody>
        {rows.map((row, index) => {
          const below = detail?.(row);
          return (
            <Fragment key={rowKey(row, index)}>
              <tr className={rowClassName?.(row)}>
                {columns.map((column, columnIndex) => (
                  <td key={columnIndex} className={cellClass(column, row)} title={column.title?.(row)}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
              {below && (
                <tr className="detail-row">
                  <td colSpan={columns.length}>{below}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
      {footer !== undefined && <tfoot>{footer}</tfoot>}
    </table>
  );
}

function headingOf<Row>(column: ReportColumn<Row>): Heading {
  if (!column.numeric) return column.heading;
  return typeof column.heading === 'string'
    ? { label: column.heading, numeric: true }
    : { ...column.heading, numeric: true };
}

function cellClass<Row>(column: ReportColumn<Row>, row: Row): string | undefined {
  const extra = typeof column.className === 'function' ? column.className(row) : column.className;
  const classes = [column.numeric ? 'num' : undefined, extra].filter((name) => name !== undefined);
  return classes.length === 0 ? undefined : classes.join(' ');
}
