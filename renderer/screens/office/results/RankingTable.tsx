import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultApplication, ResultsView } from '../../../../shared/contract/results';
import { pick } from '../../../../shared/domain/localized';
import { VirtualTable } from '../../../components/table/VirtualTable';
import { currentLanguage } from '../../../i18n/i18n';
import { formatInterval, formatMoney, formatNumber } from './format';

/** Rank order first. */
const initialSorting: SortingState = [{ id: 'rank', desc: false }];

/**
 * Every application with all its aggregates and ranking figures, sortable by any column.
 */
export function RankingTable({
  view,
  onOpen,
}: {
  view: ResultsView;
  onOpen?: (applicationId: string) => void;
}) {
  const { t } = useT();
  const language = currentLanguage();

  const columns = useMemo<ColumnDef<ResultApplication>[]>(() => {
    const num = (
      id: string,
      header: string,
      value: (a: ResultApplication) => number | null | undefined,
      digits = 2,
      /** One sentence explaining the figure, shown as the header's tooltip. */
      help?: string,
    ): ColumnDef<ResultApplication> => ({
      id,
      header: help
        ? () => (
            <abbr className="results-explained" title={help}>
              {header}
            </abbr>
          )
        : header,
      accessorFn: (a) => value(a) ?? undefined,
      cell: (info) => formatNumber(info.getValue<number | undefined>(), digits),
      meta: { numeric: true },
    });
    return [
      num('rank', t('results.ui.table.rank'), (a) => a.ranking?.rank, 1),
      {
        id: 'reference',
        header: t('results.ui.table.reference'),
        accessorFn: (a) => a.referenceNo,
        cell: (info) => (
          <button type="button" className="link" onClick={() => onOpen?.(info.row.original.id)}>
            {info.getValue<string>()}
          </button>
        ),
      },
      {
        id: 'title',
        header: t('results.ui.table.title'),
        accessorFn: (a) => a.title,
        meta: { clip: true },
      },
      ...(view.call.category === 'challenge'
        ? [
            {
              id: 'challenge',
              header: t('results.ui.table.challenge'),
              accessorFn: (a: ResultApplication) => a.challenge?.code ?? '',
            } satisfies ColumnDef<ResultApplication>,
          ]
        : []),
      num('n', t('results.ui.table.n'), (a) => a.aggregate.n, 0),
      num('mean', t('results.ui.table.mean'), (a) => a.aggregate.mean),
      num('median', t('results.ui.table.median'), (a) => a.aggregate.median),
      num('sd', t('results.ui.table.sd'), (a) => a.aggregate.sd),
      num('range', t('results.ui.table.range'), (a) => a.aggregate.range),
      num('weighted', t('results.ui.table.weighted'), (a) => a.aggregate.weightedTotal),
      ...view.rubric.criteria.map((criterion) =>
        num(
          `criterion:${criterion.id}`,
          pick(criterion.label, language),
          (a) => a.aggregate.criterionMeans[criterion.id],
        ),
      ),
      ...(view.rubric.nihScoring
        ? [
            num('nih', t('results.ui.table.nihImpact'), (a) => a.aggregate.nihImpact, 0),
            num('nihPercentile', t('results.ui.table.nihPercentile'), (a) => a.aggregate.nihPercentile, 0),
          ]
        : []),
      num('er', t('results.ui.table.er'), (a) => a.ranking?.er),
      num('pcer', t('results.ui.table.pcer'), (a) => a.ranking?.pcer, 1, t('quality.help.pcer')),
      num('sucra', t('results.ui.table.sucra'), (a) => a.ranking?.sucra, 2, t('quality.help.sucra')),
      {
        id: 'cri50',
        header: t('results.ui.table.cri50'),
        accessorFn: (a) => a.ranking?.cri50[0],
        cell: (info) => formatInterval(info.row.original.ranking?.cri50),
        meta: { numeric: true },
      },
      {
        id: 'cri90',
        header: t('results.ui.table.cri90'),
        accessorFn: (a) => a.ranking?.cri90[0],
        cell: (info) => formatInterval(info.row.original.ranking?.cri90),
        meta: { numeric: true },
      },
      {
        id: 'group',
        header: t('results.ui.table.group'),
        accessorFn: (a) => a.ranking?.group ?? '',
        cell: (info) => <GroupTag application={info.row.original} />,
      },
      {
        id: 'award',
        header: t('results.ui.table.award'),
        accessorFn: (a) => a.award.amount ?? undefined,
        cell: (info) => formatMoney(info.getValue<number | undefined>(), language),
        meta: { numeric: true },
      },
      {
        id: 'flags',
        header: t('results.ui.table.flags'),
        accessorFn: (a) => (a.excluded ? 2 : 0) + (a.aggregate.disagreement ? 1 : 0),
        cell: (info) => <Flags application={info.row.original} />,
      },
      {
        id: 'decision',
        header: t('results.ui.table.decision'),
        accessorFn: (a) => a.decision?.outcome ?? '',
        cell: (info) => {
          const decision = info.row.original.decision;
          return decision ? t(`results.outcomes.${decision.outcome}`) : '';
        },
      },
    ];
  }, [t, language, view.call.category, view.rubric, onOpen]);

  return (
    <VirtualTable
      rows={view.applications}
      columns={columns}
      label={t('results.ui.table.label')}
      rowKey={(application) => application.id}
      rowClassName={(application) => `results-row group-${application.ranking?.group ?? 'none'}`}
      rowHeight={34}
      className="results-table"
      initialSorting={initialSorting}
    />
  );
}

export function GroupTag({ application }: { application: ResultApplication }) {
  const { t } = useT();
  const group = application.ranking?.group;
  if (!group) return null;
  const tone = group === 'funded' ? 'tag-ok' : group === 'lottery' ? 'tag-warn' : '';
  return (
    <span className={`tag ${tone}`}>
      {t(`results.groups.${group}`)}
      {application.lottery ? ` · ${t(`results.lotteryOutcome.${application.lottery}`)}` : ''}
    </span>
  );
}

function Flags({ application }: { application: ResultApplication }) {
  const { t } = useT();
  return (
    <>
      {application.excluded && <span className="tag tag-danger">{t('results.ui.flags.excluded')}</span>}
      {!application.excluded && application.flagged && (
        <span className="tag tag-warn">{t('results.ui.flags.flagged')}</span>
      )}
      {application.aggregate.disagreement && (
        <span className="tag tag-warn">{t('results.ui.flags.disagreement')}</span>
      )}
    </>
  );
}
