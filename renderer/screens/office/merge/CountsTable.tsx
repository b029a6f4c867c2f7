import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ProgressCounts } from '../../../../shared/contract/dashboard';

/** Rows shown at once; the filter narrows long lists (thousands of applications). */
const SHOWN = 100;

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
  const counts = ['assigned', 'received', 'recused', 'outstanding', 'overdue'] as const;
  return (
    <section className="counts-table" aria-labelledby={`${id}-title`}>
      <div className="section-heading">
        <h2 id={`${id}-title`}>{title}</h2>
        <label className="inline-filter">
          <span>{t('merge.dashboard.filter')}</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
      </div>
      <table className="table">
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            {counts.map((key) => (
              <th key={key} scope="col" className="num">
                {t(`merge.dashboard.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id}>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
              {counts.map((key) => (
                <td
                  key={key}
                  className={key === 'overdue' && row.overdue > 0 ? 'num merge-attention' : 'num'}
                >
                  {row[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {matching.length > SHOWN && (
        <p className="muted small">
          {t('merge.dashboard.showing', { shown: SHOWN, total: matching.length })}
        </p>
      )}
    </section>
  );
}
