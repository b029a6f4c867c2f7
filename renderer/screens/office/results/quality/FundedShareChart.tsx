import { useMemo } from 'react';
import { useT } from '../../../../i18n/use-t';
import type { QualityResponse } from '../../../../../shared/contract/quality';
import type { ResultsView } from '../../../../../shared/contract/results';
import { BarChart } from '../BarChart';
import { formatNumber } from '../format';
import { ReportTable } from '../../../../components/table/ReportTable';

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
  const bars = useMemo(
    () =>
      rows.map((r) => ({
        name: quality.details.labels[r.application] ?? r.application,
        value: r.fundedShare,
        colour: STABILITY_COLOURS[r.stability ?? 'never'],
      })),
    [rows, quality.details.labels],
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
      <BarChart
        bars={bars}
        label={t('quality.ui.chartLabel')}
        seriesName={t('quality.ui.columns.fundedShare')}
        left={110}
        min={0}
        max={1}
      />
      <ReportTable
        className="results-compact"
        label={t('quality.ui.fundedTable')}
        rows={rows}
        rowKey={(r) => r.application}
        columns={[
          { heading: t('quality.ui.columns.application'), cell: (r) => label(r.application) },
          {
            heading: { label: t('quality.ui.columns.fundedShare'), title: t('quality.help.fundedShare') },
            cell: (r) => formatNumber(r.fundedShare),
            numeric: true,
          },
          {
            heading: { label: t('quality.ui.columns.stability'), title: t('quality.help.stability') },
            cell: (r) => (r.stability ? t(`quality.stability.${r.stability}`) : ''),
          },
          {
            heading: t('quality.ui.columns.group50'),
            cell: (r) => {
              const group = groups.get(r.application) ?? null;
              return group ? t(`results.groups.${group}`) : '';
            },
          },
        ]}
      />
    </section>
  );
}
