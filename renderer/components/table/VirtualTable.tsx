import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { currentLanguage } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { collatedSort } from './collate';
import './table.css';

/** How a column is laid out, given as the column's `meta`. */
export interface ColumnLayout {
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Long text: cut with an ellipsis, the whole text in a tooltip. */
  clip?: boolean;
}

/** A column of the table: TanStack's definition, its `meta` checked as a layout where it is written. */
export type TableColumn<Row> = ColumnDef<Row> & { meta?: ColumnLayout };

/**
 * A column's layout read back from TanStack, which hands `meta` on as its own (empty) type: asked at
 * run time rather than by augmenting TanStack's declarations.
 */
function layoutOf(meta: unknown): ColumnLayout {
  if (typeof meta !== 'object' || meta === null) return {};
  return {
    numeric: 'numeric' in meta && meta.numeric === true,
    clip: 'clip' in meta && meta.clip === true,
  };
}

/** Short lists render every row; past this many only the visible rows are in the DOM. */
const VIRTUALIZE_ABOVE = 100;

/** Sorting done elsewhere (by a handler): the table only shows and asks for it. */
export interface ControlledSort {
  state: SortingState;
  onChange: OnChangeFn<SortingState>;
  manual?: boolean;
}

export interface VirtualTableProps<Row> {
  rows: Row[];
  columns: TableColumn<Row>[];
  /** Accessible name of the scrolling region. */
  label: string;
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string;
  rowHeight?: number;
  className?: string;
  initialSorting?: SortingState;
  sort?: ControlledSort;
}

/**
 * The one table every list uses: sortable headers (Chinese text in pinyin order), headers that never
 * wrap so a column is never narrower than its header word, long text cut with a tooltip, horizontal
 * scroll so every column can be reached on a small screen, and virtual rows for long lists.
 */
export function VirtualTable<Row>({
  rows: data,
  columns,
  label,
  rowKey,
  rowClassName,
  rowHeight = 40,
  className,
  initialSorting = [],
  sort,
}: VirtualTableProps<Row>) {
  const [ownSorting, setOwnSorting] = useState<SortingState>(initialSorting);
  // Subscribed for its re-render on a language switch: TanStack keeps each row's accessor values
  // until `data` changes, and an accessor may translate (a status's name, which is also what the
  // column sorts by), so the rows are handed over anew in each language.
  useT();
  const language = currentLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is why the rows are copied
  const rowsInLanguage = useMemo(() => [...data], [data, language]);
  const table = useReactTable<Row>({
    data: rowsInLanguage,
    columns,
    state: { sorting: sort?.state ?? ownSorting },
    onSortingChange: sort?.onChange ?? setOwnSorting,
    manualSorting: sort?.manual ?? false,
    defaultColumn: { sortingFn: collatedSort<Row>(), sortUndefined: 'last' },
    getRowId: (row) => rowKey(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual
    ? virtualizer.getVirtualItems().map((item) => ({ index: item.index, start: item.start, end: item.end }))
    : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom =
    virtual && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="vt-scroll" ref={scroller} tabIndex={0} role="region" aria-label={label}>
      <table className={`table vt ${className ?? ''}`} aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const title = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={layoutOf(header.column.columnDef.meta).numeric ? 'num' : undefined}
                    aria-sort={
                      !canSort
                        ? undefined
                        : sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : 'none'
                    }
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {title}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    ) : (
                      title
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className={rowClassName?.(row.original)}
                style={virtual ? { height: rowHeight } : undefined}
              >
                {row.getVisibleCells().map((cell) => {
                  const layout = layoutOf(cell.column.columnDef.meta);
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  const value = cell.getValue<unknown>();
                  return (
                    <td key={cell.id} className={layout.numeric ? 'num' : undefined}>
                      {layout.clip ? (
                        <span className="vt-clip" title={typeof value === 'string' ? value : undefined}>
                          {content}
                        </span>
                      ) : (
                        content
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
