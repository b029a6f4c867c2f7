import { useT } from '../../../i18n/use-t';
import type { AutoAssignResult } from '../../../../shared/contract/assignments';
import { ReportTable } from '../../../components/table/ReportTable';

/** What the last auto-assignment did, and every application it could not fully cover, with why. */
export function AutoAssignReport({ result }: { result: AutoAssignResult }) {
  const { t } = useT();
  return (
    <section className="card auto-assign-report" aria-labelledby="auto-assign-report">
      <h2 id="auto-assign-report">{t('assignment.matrix.result.title')}</h2>
      <p>
        {t('assignment.matrix.result.added', {
          added: result.added,
          kept: result.kept,
          removed: result.removed,
          released: result.releasedConflicts,
        })}
      </p>
      <p className="muted">
        {t('assignment.matrix.result.quality', {
          match: `${Math.round(result.meanMatch * 100)}%`,
          min: result.load.min,
          max: result.load.max,
          mean: result.load.mean.toFixed(1),
          seconds: (result.elapsedMs / 1000).toFixed(1),
        })}
      </p>
      {result.uncovered.length === 0 ? (
        <p className="notice notice-ok">{t('assignment.matrix.result.allCovered')}</p>
      ) : (
        <>
          <h3>{t('assignment.matrix.result.uncoveredTitle', { count: result.uncovered.length })}</h3>
          <div className="uncovered-scroll">
            <ReportTable
              rows={result.uncovered}
              rowKey={(row) => row.applicationId}
              columns={[
                {
                  heading: t('assignment.matrix.result.reference'),
                  cell: (row) => row.referenceNo,
                  className: 'mono',
                },
                { heading: t('assignment.matrix.result.titleColumn'), cell: (row) => row.title },
                {
                  heading: t('assignment.matrix.result.assigned'),
                  numeric: true,
                  cell: (row) => `${row.assigned}/${row.wanted}`,
                },
                {
                  heading: t('assignment.matrix.result.eligible'),
                  numeric: true,
                  cell: (row) => row.eligible,
                },
                {
                  heading: t('assignment.matrix.result.conflicted'),
                  numeric: true,
                  cell: (row) => row.conflicted,
                },
                {
                  heading: t('assignment.matrix.result.reason'),
                  cell: (row) => t(`assignment.reasons.${row.reason}`),
                },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
