import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ReviewerRecord } from '../../../../shared/contract/reviewer-record';
import { Chart } from '../results/Chart';
import type { EChartsOption } from '../results/echarts-setup';

/** The reviewer's credit score call after call. */
export function CreditTrend({ record }: { record: ReviewerRecord }) {
  const { t } = useT();
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      grid: { left: 48, right: 24, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: record.calls.map((c) => c.code) },
      yAxis: { type: 'value', min: 0, max: 100, name: t('quality.record.credit') },
      series: [
        {
          type: 'line',
          name: t('quality.record.credit'),
          data: record.calls.map((c) => (c.credit.score === null ? null : Math.round(c.credit.score))),
        },
      ],
    }),
    [record, t],
  );
  return <Chart option={option} height={180} label={t('quality.record.trendLabel', { name: record.name })} />;
}
