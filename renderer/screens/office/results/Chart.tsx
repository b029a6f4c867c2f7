import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from './echarts-setup';

/** One ECharts chart (SVG renderer) that follows its option and its container's size. */
export function Chart({ option, height, label }: { option: EChartsOption; height: number; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option, height]);

  return <div ref={host} className="results-chart" style={{ height }} role="img" aria-label={label} />;
}
