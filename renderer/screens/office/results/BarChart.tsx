import { useMemo } from 'react';
import { Chart } from './Chart';

/** One bar: its category's name, its length and its colour. */
export interface Bar {
  name: string;
  value: number | null;
  colour: string;
}

/**
 * A horizontal bar chart, one named bar a row, first at the top: the leniency of reviewers and the
 * funded share of applications. `left` is room for the names; `min` and `max` fix the value axis;
 * the axis is named after the series unless `axisName` says otherwise.
 * `bars` should keep its identity between renders while unchanged (the chart redraws when it changes).
 */
export function BarChart({
  bars,
  label,
  seriesName,
  axisName = seriesName,
  left,
  min,
  max,
}: {
  bars: readonly Bar[];
  label: string;
  seriesName: string;
  axisName?: string;
  left: number;
  min?: number;
  max?: number;
}) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left, right: 24, top: 16, bottom: 34 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', min, max, name: axisName, nameLocation: 'middle', nameGap: 23 },
      yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.name) },
      series: [
        {
          type: 'bar',
          name: seriesName,
          data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.colour } })),
        },
      ],
    }),
    [bars, axisName, seriesName, left, min, max],
  );
  return <Chart option={option} height={Math.max(160, 48 + bars.length * 24)} label={label} />;
}
