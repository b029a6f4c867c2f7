import type { ColumnDef, SortingState, Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import {
  applicationSortSchema,
  type ApplicationRow,
  type ApplicationSort,
} from '../../../../shared/domain/application';
import { VirtualTable } from '../../../components/table/VirtualTable';
import { currentLanguage } from '../../../i18n/i18n';
import { formatYuan } from '../common/format';

const statusClass: Record<ApplicationRow['status'], string> = {
  active: 'tag tag-ok',
  withdrawn: 'tag',
  ineligible: 'tag tag-danger',
  archived: 'tag',
};

const isSort = (id: string): id is ApplicationSort =>
  applicationSortSchema.options.some((option) => option === id);

/**
 * The applications of a call; sorting is done by the handler (the header buttons ask for it),
 * search and filters by the screen.
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
  const { t } = useT();
  const language = currentLanguage();
  const sorting: SortingState = [{ id: sort, desc: descending }];

  const columns = useMemo<ColumnDef<ApplicationRow>[]>(
    () => [
      {
        id: 'referenceNo',
        header: t('office.applications.columns.referenceNo'),
        accessorFn: (row) => row.referenceNo,
        cell: ({ row: { original } }) => (
          <button type="button" className="link mono" onClick={() => onOpen(original.id)}>
            {original.referenceNo}
          </button>
        ),
      },
      {
        id: 'title',
        header: t('office.applications.columns.title'),
        accessorFn: (row) => row.title,
        meta: { clip: true },
      },
      { id: 'piName', header: t('office.applications.columns.piName'), accessorFn: (row) => row.piName },
      {
        id: 'institution',
        header: t('office.applications.columns.institution'),
        accessorFn: (row) => row.institution,
        meta: { clip: true },
      },
      {
        id: 'discipline',
        header: t('office.applications.columns.discipline'),
        enableSorting: false,
        cell: ({ row: { original } }) => (
          <>
            {original.discipline}
            {original.challengeCode && <span className="tag">{original.challengeCode}</span>}
          </>
        ),
      },
      {
        id: 'requestedTotal',
        header: t('office.applications.columns.requestedTotal'),
        accessorFn: (row) => row.requestedTotal,
        sortDescFirst: false,
        cell: ({ row: { original } }) => formatYuan(original.requestedTotal, language),
        meta: { numeric: true },
      },
      {
        id: 'status',
        header: t('office.applications.columns.status'),
        enableSorting: false,
        cell: ({ row: { original } }) => (
          <span className={statusClass[original.status]}>
            {t(`office.applications.statuses.${original.status}`)}
          </span>
        ),
      },
      {
        id: 'checks',
        header: t('office.applications.columns.checks'),
        enableSorting: false,
        cell: ({ row: { original } }) => (
          <>
            {original.flagCount > 0 && (
              <span className="tag tag-danger">{t('office.applications.flagged')}</span>
            )}
            {original.conflictCount > 0 && (
              <span className="tag tag-warn">
                {t('office.applications.conflictCount', { count: original.conflictCount })}
              </span>
            )}
            {original.attachmentCount > 0 && (
              <span className="tag">
                {t('office.applications.pdfCount', { count: original.attachmentCount })}
              </span>
            )}
          </>
        ),
      },
    ],
    [t, language, onOpen],
  );

  const onChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    // TanStack cycles asc → desc → none; the handler always sorts, so “none” starts again ascending.
    if (!first) onSort(sort, false);
    else if (isSort(first.id)) onSort(first.id, first.desc);
  };

  return (
    <VirtualTable
      rows={rows}
      columns={columns}
      label={t('office.applications.tableLabel')}
      rowKey={(row) => row.id}
      className="applications-table"
      rowHeight={44}
      sort={{ state: sorting, onChange, manual: true }}
    />
  );
}
