import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ProgressCounts } from '../../../../shared/contract/dashboard';
import { ReportTable, type ReportColumn } from '../../../components/table/ReportTable';

/** Rows shown at once; the filter narrows long lists (thousands of applications). */
const SHOWN = 100;

const COUNTS = ['assigned', 'received', 'recused', 'outstanding', 'overdue'] as const;

export interface CountsRow extends ProgressCounts {
  id: string;
  /** What the filter matches. */
  search: string;
  cells: ReactNode[];
}

/** Per-reviewer or per-application counts, filterable, most relevant rows first. */
export function CountsTable({
  title,
  headers,
  rows,
}: {
  title: string;
  headers: string[];
  rows: readonly CountsRow[];
}) {
  const { t } = useT();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matching = needle ? rows.filter((row) => row.search.toLowerCase().includes(needle)) : rows;
  const shown = matching.slice(0, SHOWN);
  return (
    <section className="counts-table" aria-labelledby={`${id}-title`}>
      <div className="section-heading">
        <h2 id={`${id}-title`}>{title}</h2>
        <label className="inline-filter">
          <span>{t('merge.dashboard.filter')}</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
      </div>
      <ReportTable
        rows={shown}
        rowKey={(row) => row.id}
        columns={[
          ...headers.map((header, index): ReportColumn<CountsRow> => ({
            heading: header,
            cell: (row) => row.cells[index],
          })),
          ...COUNTS.map((key): ReportColumn<CountsRow> => ({
            heading: t(`merge.dashboard.${key}`),
            numeric: true,
            cell: (row) => row[key],
            className: (row) => (key === 'overdue' && row.overdue > 0 ? 'merge-attention' : undefined),
          })),
        ]}
      />
      {matching.length > SHOWN && (
        <p className="muted small">
          {t('merge.dashboard.showing', { shown: SHOWN, total: matching.length })}
        </p>
      )}
    </section>
  );
}
