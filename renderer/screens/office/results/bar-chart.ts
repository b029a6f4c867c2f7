import type { EChartsOption } from './echarts-setup';

/** One bar: its category's name, its length and its colour. */
export interface Bar {
  name: string;
  value: number | null;
  colour: string;
}

/**
 * A horizontal bar chart, one named bar a row, first at the top: the leniency of reviewers and the
 * funded share of applications. `left` is room for the names; `range` fixes the value axis.
 */
export function horizontalBars({
  bars,
  axisName,
  seriesName,
  left,
  range,
}: {
  bars: readonly Bar[];
  axisName: string;
  seriesName: string;
  left: number;
  range?: { min: number; max: number };
}): EChartsOption {
  return {
    animation: false,
    grid: { left, right: 24, top: 16, bottom: 34 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', ...range, name: axisName, nameLocation: 'middle', nameGap: 23 },
    yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.name) },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.colour } })),
      },
    ],
  };
}
