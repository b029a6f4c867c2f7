import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { ReportTable } from '../../../components/table/ReportTable';
import { BarChart } from './BarChart';
import { formatNumber } from './format';

/**
 * Each reviewer's estimated leniency in score points (positive = more generous than the panel),
 * with the 90 % interval for the Bayesian model, as a chart and a table.
 */
export function LeniencyChart({ view }: { view: ResultsView }) {
  const { t } = useT();
  const reviewers = useMemo(
    () =>
      view.reviewers
        .filter((r) => r.leniency !== null)
        .sort((a, b) => (b.leniency ?? 0) - (a.leniency ?? 0) || a.name.localeCompare(b.name)),
    [view.reviewers],
  );
  const bars = useMemo(
    () =>
      reviewers.map((r) => ({
        name: r.name,
        value: r.leniency,
        colour: (r.leniency ?? 0) >= 0 ? '#1d5fbf' : '#b7791f',
      })),
    [reviewers],
  );
  if (reviewers.length === 0) return <p className="muted">{t('results.ui.charts.noRanking')}</p>;
  return (
    <>
      <BarChart
        bars={bars}
        label={t('results.ui.charts.leniencyLabel')}
        axisName={t('results.ui.charts.leniencyAxis')}
        seriesName={t('results.ui.charts.leniency')}
        left={120}
      />
      <ReportTable
        className="results-compact"
        rows={reviewers}
        rowKey={(r) => r.id}
        columns={[
          { heading: t('results.ui.leniency.reviewer'), cell: (r) => r.name },
          { heading: t('results.ui.leniency.reviews'), cell: (r) => r.n, numeric: true },
          {
            heading: { label: t('results.ui.leniency.leniency'), title: t('quality.help.leniency') },
            cell: (r) => formatNumber(r.leniency),
            numeric: true,
          },
          {
            heading: t('results.ui.leniency.interval'),
            cell: (r) =>
              r.leniencyCri90
                ? `${formatNumber(r.leniencyCri90[0])} – ${formatNumber(r.leniencyCri90[1])}`
                : '',
            numeric: true,
          },
        ]}
      />
    </>
  );
}
