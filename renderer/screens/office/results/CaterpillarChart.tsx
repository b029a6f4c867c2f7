import { useMemo, useState } from 'react';
import { LabelledSelect } from '../../../components/FormField';
import { useT } from '../../../i18n/use-t';
import type { ResultApplication, ResultsView } from '../../../../shared/contract/results';
import { pick } from '../../../../shared/domain/localized';
import { currentLanguage } from '../../../i18n/i18n';
import { Chart } from './Chart';
import type { EChartsOption } from './echarts-setup';

const COLORS = { funded: '#16794c', lottery: '#b7791f', rejected: '#7b8794', none: '#1d5fbf' } as const;

interface RenderApi {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => [number, number];
  visual: (key: 'color') => string;
}

/**
 * Expected rank of each application with its 50 % (thick) and 90 % (thin) credible intervals,
 * best at the top, and the funding line as a dashed vertical line. Point methods draw points.
 */
export function CaterpillarChart({
  applications,
  fundingLine,
}: {
  applications: readonly ResultApplication[];
  fundingLine: number | null;
}) {
  const { t } = useT();
  const ranked = useMemo(
    () =>
      applications
        .filter((a) => a.ranking !== null)
        .sort(
          (a, b) => (a.ranking?.er ?? 0) - (b.ranking?.er ?? 0) || a.referenceNo.localeCompare(b.referenceNo),
        ),
    [applications],
  );
  const height = Math.max(240, 80 + ranked.length * 18);

  const option = useMemo<EChartsOption>(() => {
    const data = ranked.map((a, index) => {
      const r = a.ranking as NonNullable<ResultApplication['ranking']>;
      return {
        value: [index, r.er, r.cri50[0], r.cri50[1], r.cri90[0], r.cri90[1]],
        itemStyle: { color: COLORS[r.group ?? 'none'] },
        name: a.referenceNo,
      };
    });
    return {
      animation: false,
      grid: { left: 110, right: 24, top: 28, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const p = params as { dataIndex: number };
          const a = ranked[p.dataIndex];
          if (!a?.ranking) return '';
          return [
            `${escapeHtml(a.referenceNo)} ${escapeHtml(a.title.slice(0, 40))}`,
            `${t('results.ui.table.er')}: ${a.ranking.er.toFixed(2)}`,
            `${t('results.ui.table.cri50')}: ${a.ranking.cri50.join('–')}`,
            `${t('results.ui.table.cri90')}: ${a.ranking.cri90.join('–')}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'value',
        name: t('results.ui.charts.rankAxis'),
        nameLocation: 'middle',
        nameGap: 26,
        min: 1,
        max: Math.max(ranked.length, 2),
        minInterval: 1,
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: ranked.map((a) => a.referenceNo),
        axisLabel: { fontSize: 11 },
      },
      series: [
        {
          type: 'custom',
          name: t('results.ui.charts.expectedRank'),
          encode: { x: [1, 2, 3, 4, 5], y: 0 },
          data,
          renderItem: (_params: unknown, api: unknown) => {
            const a = api as RenderApi;
            const y = a.value(0);
            const [x90a, yc] = a.coord([a.value(4), y]);
            const [x90b] = a.coord([a.value(5), y]);
            const [x50a] = a.coord([a.value(2), y]);
            const [x50b] = a.coord([a.value(3), y]);
            const [xer] = a.coord([a.value(1), y]);
            const style = { stroke: a.visual('color') };
            return {
              type: 'group',
              children: [
                {
                  type: 'line',
                  shape: { x1: x90a, y1: yc, x2: x90b, y2: yc },
                  style: { ...style, lineWidth: 1 },
                },
                {
                  type: 'line',
                  shape: { x1: x50a, y1: yc, x2: x50b, y2: yc },
                  style: { ...style, lineWidth: 5 },
                },
                {
                  type: 'circle',
                  shape: { cx: xer, cy: yc, r: 3.5 },
                  style: { ...style, fill: '#fff', lineWidth: 1.5 },
                },
              ],
            };
          },
          markLine:
            fundingLine === null
              ? undefined
              : {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: '#b42318', type: 'dashed', width: 1.5 },
                  label: { formatter: t('results.ui.charts.fundingLine', { line: fundingLine.toFixed(2) }) },
                  data: [{ xAxis: fundingLine }],
                },
        },
      ],
    } as EChartsOption;
  }, [ranked, fundingLine, t]);

  if (ranked.length === 0) return <p className="muted">{t('results.ui.charts.noRanking')}</p>;
  return <Chart option={option} height={height} label={t('results.ui.charts.caterpillarLabel')} />;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The caterpillar plot of one pool: the whole call, or one challenge with its own line. */
export function CaterpillarPanel({ view }: { view: ResultsView }) {
  const { t } = useT();
  const language = currentLanguage();
  const challenges = [
    ...new Map(
      view.applications.flatMap((a) => (a.challenge ? [[a.challenge.id, a.challenge] as const] : [])),
    ).values(),
  ].sort((a, b) => a.code.localeCompare(b.code));
  const [challenge, setChallenge] = useState<string | null>(challenges[0]?.id ?? null);
  if (view.call.category !== 'challenge' || challenges.length === 0) {
    return <CaterpillarChart applications={view.applications} fundingLine={view.run?.fundingLine ?? null} />;
  }
  return (
    <>
      <LabelledSelect
        className="results-inline-label"
        label={t('results.ui.table.challenge')}
        value={challenge ?? ''}
        choices={challenges.map((c) => ({ value: c.id, label: `${c.code} ${pick(c.title, language)}` }))}
        onChange={setChallenge}
      />
      <CaterpillarChart
        applications={view.applications.filter((a) => a.challenge?.id === challenge)}
        fundingLine={challenge === null ? null : (view.run?.fundingLines?.[challenge] ?? null)}
      />
    </>
  );
}
