import type { ReactNode } from 'react';
import type { ColumnLayout, TableColumn } from './VirtualTable';

/**
 * Column definitions for VirtualTable in one line each: the common kinds of column of the office
 * lists, so a screen says what each column shows rather than how TanStack wants it written.
 */

/** Sorted and shown by one value (text or number), laid out as `layout` says. */
export function valueColumn<Row>(
  id: string,
  header: string,
  value: (row: Row) => string | number,
  layout?: ColumnLayout,
): TableColumn<Row> {
  return { id, header, accessorFn: value, ...(layout ? { meta: layout } : {}) };
}

/** Sorted by `value`, shown as `show` draws it. */
export function drawnColumn<Row>(
  id: string,
  header: string,
  value: ((row: Row) => string | number | undefined) | null,
  show: (row: Row) => ReactNode,
  layout?: ColumnLayout,
): TableColumn<Row> {
  return {
    id,
    header,
    ...(value === null ? { enableSorting: false } : { accessorFn: value }),
    cell: ({ row: { original } }) => show(original),
    ...(layout ? { meta: layout } : {}),
  };
}

/** An identifier in a fixed-width font (a reference number, a call's code). */
export function codeColumn<Row>(id: string, header: string, code: (row: Row) => string): TableColumn<Row> {
  return drawnColumn(id, header, code, (row) => <span className="mono">{code(row)}</span>);
}

/** A main text with a smaller line under it (a name and its institution); sorted by the main text. */
export function twoLineColumn<Row>(
  id: string,
  header: string,
  main: (row: Row) => string,
  under: (row: Row) => ReactNode,
): TableColumn<Row> {
  return drawnColumn(id, header, main, (row) => {
    const second = under(row);
    return (
      <>
        {main(row)}
        {second ? <div className="muted small">{second}</div> : null}
      </>
    );
  });
}

/** The row's buttons, under a header only screen readers hear. */
export function actionsColumn<Row>(label: string, buttons: (row: Row) => ReactNode): TableColumn<Row> {
  return {
    id: 'actions',
    header: () => <span className="visually-hidden">{label}</span>,
    enableSorting: false,
    cell: ({ row: { original } }) => buttons(original),
  };
}
