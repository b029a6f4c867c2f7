import type { ReactNode } from 'react';
import type { ColumnLayout, TableColumn } from './VirtualTable';

/**
 * Column definitions for VirtualTable in a line or two each: the common kinds of column of the
 * office lists, so a screen says what each column shows rather than how TanStack wants it written.
 * A column named by a field of the row is sorted by that field, and has the field's name as its id.
 */

type Field<Row> = keyof Row & string;
/** Fields whose value is text (or missing). */
type TextField<Row> = { [K in Field<Row>]: Row[K] extends string | null ? K : never }[Field<Row>];

const laidOut = (layout: ColumnLayout | undefined) => (layout ? { meta: layout } : {});

/** A field shown as it is. */
export function fieldColumn<Row>(field: Field<Row>, header: string, layout?: ColumnLayout): TableColumn<Row> {
  return { id: field, header, accessorFn: (row) => row[field], ...laidOut(layout) };
}

/** A field, drawn by `show`. */
export function shownColumn<Row>(
  field: Field<Row>,
  header: string,
  show: (row: Row) => ReactNode,
  layout?: ColumnLayout,
): TableColumn<Row> {
  return { ...fieldColumn(field, header, layout), cell: ({ row: { original } }) => show(original) };
}

/** A value worked out from the row: sorted by it, and shown as it is or as `show` draws it. */
export function valueColumn<Row>(
  id: string,
  header: string,
  value: (row: Row) => string | number | undefined,
  { show, ...layout }: ColumnLayout & { show?: (row: Row) => ReactNode } = {},
): TableColumn<Row> {
  return {
    id,
    header,
    accessorFn: value,
    ...(show ? { cell: ({ row: { original } }) => show(original) } : {}),
    ...laidOut(layout),
  };
}

/** A column that is drawn but not sorted (tags, several values). */
export function drawnColumn<Row>(
  id: string,
  header: string,
  show: (row: Row) => ReactNode,
  layout?: ColumnLayout,
): TableColumn<Row> {
  return {
    id,
    header,
    enableSorting: false,
    cell: ({ row: { original } }) => show(original),
    ...laidOut(layout),
  };
}

/** An identifier in a fixed-width font (a reference number, a call's code). */
export function codeColumn<Row>(field: TextField<Row>, header: string): TableColumn<Row> {
  return shownColumn(field, header, (row) => <span className="mono">{String(row[field])}</span>);
}

/** A text field with a smaller line under it (a name and its institution); sorted by the first. */
export function twoLineColumn<Row>(
  field: TextField<Row>,
  header: string,
  under: TextField<Row>,
): TableColumn<Row> {
  return shownColumn(field, header, (row) => (
    <>
      {String(row[field] ?? '')}
      {row[under] ? <div className="muted small">{String(row[under])}</div> : null}
    </>
  ));
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
