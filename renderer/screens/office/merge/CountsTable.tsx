import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ProgressCounts } from '../../../../shared/contract/dashboard';
import { ReportTable, type ReportColumn } from '../../../components/table/ReportTable';

/** Rows shown at once; the filter narrows long lists (thousands of applications). */
const SHOWN = 100;

const COUNTS = ['assigned', 'received', 'recused', 'outstanding', 'overdue'] as const;

/**
 * Per-reviewer or per-application counts in a card, filterable, most relevant rows first: the
 * `columns` that name the row, then the counts. `search` is the text the filter matches.
 */
export function CountsTable<Row extends ProgressCounts & { id: string }>({
  title,
  columns,
  rows,
  search,
}: {
  title: string;
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  search: (row: Row) => string;
}) {
  const { t } = useT();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matching = needle ? rows.filter((row) => search(row).toLowerCase().includes(needle)) : rows;
  const countColumns = COUNTS.map((key): ReportColumn<Row> => ({
    heading: t(`merge.dashboard.${key}`),
    numeric: true,
    cell: (row) => row[key],
    className: (row) => (key === 'overdue' && row.overdue > 0 ? 'merge-attention' : undefined),
  }));
  return (
    <section className="card counts-table" aria-labelledby={`${id}-title`}>
      <div className="section-heading">
        <h2 id={`${id}-title`}>{title}</h2>
        <label className="inline-filter">
          <span>{t('merge.dashboard.filter')}</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
      </div>
      <ReportTable
        rows={matching.slice(0, SHOWN)}
        rowKey={(row) => row.id}
        columns={[...columns, ...countColumns]}
      />
      {matching.length > SHOWN && (
        <p className="muted small">
          {t('merge.dashboard.showing', { shown: SHOWN, total: matching.length })}
        </p>
      )}
    </section>
  );
}
