import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { Chart } from './Chart';
import type { EChartsOption } from './echarts-setup';

/**
 * Each application's overall scores (dots) and their mean (bar marker), in rank order: spread,
 * outliers and missing reviews at a glance. The y axis runs in the rubric's direction.
 */
export function DistributionChart({ view }: { view: ResultsView }) {
  const { t } = useT();
  const ordered = useMemo(
    () =>
      [...view.applications]
        .filter((a) => a.aggregate.n > 0)
        .sort(
          (a, b) =>
            (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
            a.referenceNo.localeCompare(b.referenceNo),
        ),
    [view.applications],
  );
  const option = useMemo<EChartsOption>(() => {
    const dots = ordered.flatMap((a, index) => Object.values(a.scores).map((score) => [index, score]));
    const means = ordered.map((a, index) => [index, a.aggregate.mean]);
    return {
      animation: false,
      grid: { left: 48, right: 16, top: 32, bottom: 80 },
      legend: { top: 0 },
      tooltip: { trigger: 'item' },
      xAxis: {
        type: 'category',
        data: ordered.map((a) => a.referenceNo),
        axisLabel: { rotate: 60, fontSize: 10 },
      },
      yAxis: {
        type: 'value',
        min: view.rubric.scale.min,
        max: view.rubric.scale.max,
        inverse: view.rubric.direction === 'lower-is-better',
        name: t('results.ui.charts.scoreAxis'),
      },
      series: [
        {
          type: 'scatter',
          name: t('results.ui.charts.scores'),
          data: dots,
          symbolSize: 7,
          itemStyle: { opacity: 0.6 },
        },
        {
          type: 'scatter',
          name: t('results.ui.charts.mean'),
          data: means,
          symbol: 'rect',
          symbolSize: [14, 3],
          itemStyle: { color: '#b42318' },
        },
      ],
    } as EChartsOption;
  }, [ordered, view.rubric, t]);
  if (ordered.length === 0) return <p className="muted">{t('results.ui.charts.noScores')}</p>;
  return <Chart option={option} height={360} label={t('results.ui.charts.distributionLabel')} />;
}
