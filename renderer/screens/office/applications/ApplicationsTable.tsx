import type { SortingState, Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import {
  applicationSortSchema,
  type ApplicationRow,
  type ApplicationSort,
} from '../../../../shared/domain/application';
import { drawnColumn, fieldColumn, shownColumn } from '../../../components/table/columns';
import { type TableColumn, VirtualTable } from '../../../components/table/VirtualTable';
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

  const columns = useMemo<TableColumn<ApplicationRow>[]>(
    () => [
      shownColumn('referenceNo', t('office.applications.columns.referenceNo'), (row) => (
        <button type="button" className="link mono" onClick={() => onOpen(row.id)}>
          {row.referenceNo}
        </button>
      )),
      fieldColumn('title', t('office.applications.columns.title'), { clip: true }),
      fieldColumn('piName', t('office.applications.columns.piName')),
      fieldColumn('institution', t('office.applications.columns.institution'), { clip: true }),
      drawnColumn('discipline', t('office.applications.columns.discipline'), (row) => (
        <>
          {row.discipline}
          {row.challengeCode && <span className="tag">{row.challengeCode}</span>}
        </>
      )),
      {
        ...shownColumn(
          'requestedTotal',
          t('office.applications.columns.requestedTotal'),
          (row) => formatYuan(row.requestedTotal, language),
          { numeric: true },
        ),
        sortDescFirst: false,
      },
      drawnColumn('status', t('office.applications.columns.status'), (row) => (
        <span className={statusClass[row.status]}>{t(`office.applications.statuses.${row.status}`)}</span>
      )),
      drawnColumn('checks', t('office.applications.columns.checks'), (row) => (
        <>
          {row.flagCount > 0 && <span className="tag tag-danger">{t('office.applications.flagged')}</span>}
          {row.conflictCount > 0 && (
            <span className="tag tag-warn">
              {t('office.applications.conflictCount', { count: row.conflictCount })}
            </span>
          )}
          {row.attachmentCount > 0 && (
            <span className="tag">{t('office.applications.pdfCount', { count: row.attachmentCount })}</span>
          )}
        </>
      )),
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
