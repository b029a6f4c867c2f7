import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow, ApplicationSort } from '../../../../shared/domain/application';
import { currentLanguage } from '../../../i18n/i18n';
import { formatYuan } from '../common/format';

const ROW_HEIGHT = 44;

interface Column {
  id: string;
  sort?: ApplicationSort;
  numeric?: boolean;
}

const columns: Column[] = [
  { id: 'referenceNo', sort: 'referenceNo' },
  { id: 'title', sort: 'title' },
  { id: 'piName', sort: 'piName' },
  { id: 'institution', sort: 'institution' },
  { id: 'discipline' },
  { id: 'requestedTotal', sort: 'requestedTotal', numeric: true },
  { id: 'status' },
  { id: 'checks' },
];

const statusClass: Record<ApplicationRow['status'], string> = {
  active: 'tag tag-ok',
  withdrawn: 'tag',
  ineligible: 'tag tag-danger',
  archived: 'tag',
};

/**
 * The applications of a call, virtualised so thousands of rows scroll smoothly; sorting is done
 * by the handler (the header buttons ask for it), search and filters by the screen.
 */
export function ApplicationsTable({
  rows,
  sort,
  descending,
  onSort,
  onOpen,
}: {
  rows: ApplicationRow[];
  sort: ApplicationSort;
  descending: boolean;
  onSort: (sort: ApplicationSort, descending: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <div
      className="table-scroll"
      ref={scroller}
      tabIndex={0}
      aria-label={t('office.applications.tableLabel')}
    >
      <table className="table applications-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = column.sort === sort;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
                >
                  {column.sort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(column.sort as ApplicationSort, active ? !descending : false)}
                    >
                      {t(`office.applications.columns.${column.id}`)}
                      <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  ) : (
                    t(`office.applications.columns.${column.id}`)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td className="mono">
                  <button type="button" className="link" onClick={() => onOpen(row.id)}>
                    {row.referenceNo}
                  </button>
                </td>
                <td className="clip" title={row.title}>
                  {row.title}
                </td>
                <td>{row.piName}</td>
                <td className="clip" title={row.institution}>
                  {row.institution}
                </td>
                <td>
                  {row.discipline}
                  {row.challengeCode && <span className="tag">{row.challengeCode}</span>}
                </td>
                <td className="num">{formatYuan(row.requestedTotal, language)}</td>
                <td>
                  <span className={statusClass[row.status]}>
                    {t(`office.applications.statuses.${row.status}`)}
                  </span>
                </td>
                <td>
                  {row.flagCount > 0 && (
                    <span className="tag tag-danger">{t('office.applications.flagged')}</span>
                  )}
                  {row.conflictCount > 0 && (
                    <span className="tag tag-warn">
                      {t('office.applications.conflictCount', { count: row.conflictCount })}
                    </span>
                  )}
                  {row.attachmentCount > 0 && (
                    <span className="tag">
                      {t('office.applications.pdfCount', { count: row.attachmentCount })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
