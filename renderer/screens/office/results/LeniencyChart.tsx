import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { Chart } from './Chart';
import type { EChartsOption } from './echarts-setup';
import { formatNumber } from './format';
import { TableHead } from '../../../components/TableHead';

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
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      grid: { left: 120, right: 24, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'value',
        name: t('results.ui.charts.leniencyAxis'),
        nameLocation: 'middle',
        nameGap: 22,
      },
      yAxis: { type: 'category', inverse: true, data: reviewers.map((r) => r.name) },
      series: [
        {
          type: 'bar',
          name: t('results.ui.charts.leniency'),
          data: reviewers.map((r) => ({
            value: r.leniency,
            itemStyle: { color: (r.leniency ?? 0) >= 0 ? '#1d5fbf' : '#b7791f' },
          })),
        },
      ],
    }),
    [reviewers, t],
  );
  if (reviewers.length === 0) return <p className="muted">{t('results.ui.charts.noRanking')}</p>;
  return (
    <>
      <Chart
        option={option}
        height={Math.max(160, 48 + reviewers.length * 26)}
        label={t('results.ui.charts.leniencyLabel')}
      />
      <table className="table results-compact">
        <TableHead
          headings={[
            t('results.ui.leniency.reviewer'),
            { label: t('results.ui.leniency.reviews'), numeric: true },
            { label: t('results.ui.leniency.leniency'), numeric: true, title: t('quality.help.leniency') },
            { label: t('results.ui.leniency.interval'), numeric: true },
          ]}
        />
        <tbody>
          {reviewers.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td className="num">{r.n}</td>
              <td className="num">{formatNumber(r.leniency)}</td>
              <td className="num">
                {r.leniencyCri90
                  ? `${formatNumber(r.leniencyCri90[0])} – ${formatNumber(r.leniencyCri90[1])}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
