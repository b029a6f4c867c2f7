import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { translateOr, useT } from '../../../i18n/use-t';
import { cellState, languageMismatchAt, matchAt, type MatrixModel } from './matrix-model';

export interface GridPosition {
  /** Index into the visible rows. */
  row: number;
  /** Index into the reviewers. */
  column: number;
}

const CELL = 30;
const ROW_HEADER = 300;
const COLUMN_HEADER = 132;
/** The first render's viewport, before the scroll box is measured. */
const INITIAL_RECT = { width: 960, height: 520 };
/** Text marks (no emoji: the system may have no emoji font); a locked cell is also framed in CSS. */
const MARKS: Record<string, string> = { assigned: '●', locked: '●', conflict: '✕', recused: '–', free: '' };

/**
 * Applications (rows) × reviewers (columns), virtualised both ways so thousands of rows and
 * hundreds of columns stay fast. One cell is focusable at a time (roving tabindex): arrow keys,
 * Home/End and Page Up/Down move, Enter assigns or unassigns, L locks or unlocks.
 */
export function MatrixGrid({
  model,
  rows,
  position,
  onMove,
  onToggleAssigned,
  onToggleLocked,
}: {
  model: MatrixModel;
  rows: readonly number[];
  position: GridPosition | null;
  onMove: (position: GridPosition) => void;
  onToggleAssigned: (position: GridPosition) => void;
  onToggleLocked: (position: GridPosition) => void;
}) {
  const { t } = useT();
  const languageWords = (languages: readonly string[]) =>
    languages.length === 0
      ? t('assignment.languages.none')
      : languages.map((code) => translateOr(t, `assignment.languages.${code}`, code)).join('、');
  const scroller = useRef<HTMLDivElement>(null);
  const { reviewers, applications } = model.matrix;
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CELL,
    overscan: 8,
    initialRect: INITIAL_RECT,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: reviewers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CELL,
    overscan: 6,
    paddingStart: ROW_HEADER,
    initialRect: INITIAL_RECT,
  });
  const focusWanted = useRef(false);

  useEffect(() => {
    if (!position || !focusWanted.current) return;
    focusWanted.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${position.row}:${position.column}"]`)?.focus();
  });

  const move = (next: GridPosition) => {
    const row = Math.max(0, Math.min(rows.length - 1, next.row));
    const column = Math.max(0, Math.min(reviewers.length - 1, next.column));
    rowVirtualizer.scrollToIndex(row, { align: 'auto' });
    columnVirtualizer.scrollToIndex(column, { align: 'auto' });
    focusWanted.current = true;
    onMove({ row, column });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!position) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / CELL) - 2);
    const moves: Record<string, GridPosition> = {
      ArrowUp: { row: position.row - 1, column: position.column },
      ArrowDown: { row: position.row + 1, column: position.column },
      ArrowLeft: { row: position.row, column: position.column - 1 },
      ArrowRight: { row: position.row, column: position.column + 1 },
      PageUp: { row: position.row - page, column: position.column },
      PageDown: { row: position.row + page, column: position.column },
      Home: { row: position.row, column: 0 },
      End: { row: position.row, column: reviewers.length - 1 },
    };
    const target = moves[event.key];
    if (target) {
      event.preventDefault();
      move(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggleAssigned(position);
    } else if (event.key === 'l' || event.key === 'L') {
      event.preventDefault();
      onToggleLocked(position);
    }
  };

  const rowItems = rowVirtualizer.getVirtualItems();
  const columnItems = columnVirtualizer.getVirtualItems();
  const width = columnVirtualizer.getTotalSize();
  const wanted = model.matrix.call.reviewersPerApplication;
  const focusable = position ?? { row: 0, column: 0 };

  return (
    <div
      ref={scroller}
      className="matrix-scroll"
      role="grid"
      aria-label={t('assignment.matrix.gridLabel')}
      aria-rowcount={rows.length + 1}
      aria-colcount={reviewers.length + 1}
      onKeyDown={onKeyDown}
    >
      <div className="matrix-canvas" style={{ width, height: COLUMN_HEADER + rowVirtualizer.getTotalSize() }}>
        <div className="matrix-header" role="row" aria-rowindex={1} style={{ width, height: COLUMN_HEADER }}>
          <div className="matrix-corner" role="columnheader" aria-colindex={1} style={{ width: ROW_HEADER }}>
            {t('assignment.matrix.application')}
          </div>
          {columnItems.map((column) => {
            const reviewer = reviewers[column.index];
            if (!reviewer) return null;
            const full = reviewer.totalLoad >= reviewer.maxLoad;
            return (
              <div
                key={reviewer.id}
                role="columnheader"
                aria-colindex={column.index + 2}
                className={full ? 'matrix-reviewer full' : 'matrix-reviewer'}
                style={{ left: column.start, width: CELL }}
                title={`${reviewer.name} · ${reviewer.institution}\n${reviewer.expertise.join('; ')}\n${languageWords(reviewer.languages)}\n${t('assignment.matrix.load', { load: reviewer.totalLoad, max: reviewer.maxLoad })}`}
              >
                <span className="matrix-reviewer-name">{reviewer.name}</span>
                <span className="matrix-reviewer-load">{reviewer.load}</span>
              </div>
            );
          })}
        </div>
        <div className="matrix-body" style={{ height: rowVirtualizer.getTotalSize() }}>
          {rowItems.map((item) => {
            const application = applications[rows[item.index] as number];
            if (!application) return null;
            const assigned = model.assignedCount.get(application.id) ?? 0;
            return (
              <div
                key={application.id}
                role="row"
                aria-rowindex={item.index + 2}
                className="matrix-row"
                style={{ top: item.start, width, height: CELL }}
              >
                <div
                  role="rowheader"
                  aria-colindex={1}
                  className="matrix-application"
                  style={{ width: ROW_HEADER }}
                  title={application.title}
                >
                  <span className="mono">{application.referenceNo}</span>
                  <span className="matrix-application-title">{application.title}</span>
                  {application.languages.length > 0 && (
                    <span className="tag" title={languageWords(application.languages)}>
                      {application.languages.join('/')}
                    </span>
                  )}
                  <span className={assigned < wanted ? 'tag tag-short' : 'tag tag-ok'}>
                    {assigned}/{wanted}
                  </span>
                </div>
                {columnItems.map((column) => {
                  const reviewer = reviewers[column.index];
                  if (!reviewer) return null;
                  const state = cellState(model, application.id, reviewer.id);
                  const match = matchAt(model, rows[item.index] as number, column.index);
                  const mismatch = languageMismatchAt(model, rows[item.index] as number, column.index);
                  const here = focusable.row === item.index && focusable.column === column.index;
                  const selected = position !== null && here;
                  return (
                    <div
                      key={reviewer.id}
                      role="gridcell"
                      aria-colindex={column.index + 2}
                      aria-selected={selected}
                      tabIndex={here ? 0 : -1}
                      data-cell={`${item.index}:${column.index}`}
                      className={`matrix-cell cell-${state}${mismatch ? ' cell-language' : ''}${selected ? ' selected' : ''}`}
                      style={{ left: column.start, width: CELL, ['--match' as string]: match.toFixed(2) }}
                      aria-label={t(`assignment.matrix.cell.${state}`, {
                        reviewer: reviewer.name,
                        reference: application.referenceNo,
                      })}
                      title={`${t('assignment.matrix.cell.match', { match: Math.round(match * 100) })}${mismatch ? ` · ${t('assignment.matrix.selection.noSharedLanguage')}` : ''}`}
                      onClick={() => onMove({ row: item.index, column: column.index })}
                      onDoubleClick={() => onToggleAssigned({ row: item.index, column: column.index })}
                      onFocus={() => {
                        if (!selected) onMove({ row: item.index, column: column.index });
                      }}
                    >
                      <span aria-hidden="true">{MARKS[state]}</span>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
