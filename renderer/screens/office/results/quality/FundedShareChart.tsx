import { useMemo } from 'react';
import { useT } from '../../../../i18n/use-t';
import type { QualityResponse } from '../../../../../shared/contract/quality';
import type { ResultsView } from '../../../../../shared/contract/results';
import { Chart } from '../Chart';
import type { EChartsOption } from '../echarts-setup';
import { formatNumber } from '../format';
import { TableHead } from '../../../../components/TableHead';

const STABILITY_COLOURS = { always: '#2f855a', sometimes: '#b7791f', never: '#718096' } as const;

/**
 * How often each application lands within the funding line, coloured always / sometimes / never,
 * and beside it the group the ranking's 50 % intervals put it in.
 */
export function FundedShareChart({ quality, view }: { quality: QualityResponse; view: ResultsView }) {
  const { t } = useT();
  const label = (id: string) => quality.details.labels[id] ?? id;
  const rows = useMemo(
    () =>
      quality.summary.applications
        .filter((a) => a.fundedShare !== null)
        .sort(
          (a, b) =>
            (b.fundedShare ?? 0) - (a.fundedShare ?? 0) ||
            (quality.details.labels[a.application] ?? a.application).localeCompare(
              quality.details.labels[b.application] ?? b.application,
            ),
        ),
    [quality],
  );
  const groups = useMemo(
    () => new Map(view.applications.map((a) => [a.id, a.ranking?.group ?? null])),
    [view.applications],
  );
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      grid: { left: 110, right: 24, top: 16, bottom: 36 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: t('quality.ui.columns.fundedShare'),
        nameLocation: 'middle',
        nameGap: 24,
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => quality.details.labels[r.application] ?? r.application),
      },
      series: [
        {
          type: 'bar',
          name: t('quality.ui.columns.fundedShare'),
          data: rows.map((r) => ({
            value: r.fundedShare,
            itemStyle: { color: STABILITY_COLOURS[r.stability ?? 'never'] },
          })),
        },
      ],
    }),
    [rows, quality.details.labels, t],
  );

  if (rows.length === 0) {
    return (
      <section aria-labelledby="quality-funded">
        <h3 id="quality-funded">{t('quality.ui.fundedTitle')}</h3>
        <p className="muted">{t('quality.ui.noLine')}</p>
      </section>
    );
  }
  const count = (stability: 'always' | 'sometimes' | 'never') =>
    rows.filter((r) => r.stability === stability).length;
  return (
    <section aria-labelledby="quality-funded">
      <h3 id="quality-funded">{t('quality.ui.fundedTitle')}</h3>
      <p className="quality-help">{t('quality.help.fundedShare')}</p>
      <p className="quality-help">{t('quality.help.stability')}</p>
      <p className="muted">
        {t('quality.ui.stabilityCounts', {
          always: count('always'),
          sometimes: count('sometimes'),
          never: count('never'),
          fundable: quality.details.fundableCount ?? '—',
        })}
      </p>
      <Chart
        option={option}
        height={Math.max(160, 52 + rows.length * 22)}
        label={t('quality.ui.chartLabel')}
      />
      <table className="table results-compact" aria-label={t('quality.ui.fundedTable')}>
        <TableHead
          headings={[
            t('quality.ui.columns.application'),
            {
              label: t('quality.ui.columns.fundedShare'),
              numeric: true,
              title: t('quality.help.fundedShare'),
            },
            { label: t('quality.ui.columns.stability'), title: t('quality.help.stability') },
            t('quality.ui.columns.group50'),
          ]}
        />
        <tbody>
          {rows.map((r) => {
            const group = groups.get(r.application) ?? null;
            return (
              <tr key={r.application}>
                <td>{label(r.application)}</td>
                <td className="num">{formatNumber(r.fundedShare)}</td>
                <td>{r.stability ? t(`quality.stability.${r.stability}`) : ''}</td>
                <td>{group ? t(`results.groups.${group}`) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
