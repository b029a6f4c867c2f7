import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { PanelSectionProps, ReportNotice } from './panel-props';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { PanelTally } from '../../../../shared/contract/panel';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { VirtualTable } from '../../../components/table/VirtualTable';
import { formatInterval, formatNumber } from '../results/format';
import { exactQuorumChoice } from './RuleFields';

type Row = PanelTally['applications'][number] & { title: string };

/** The live tally per application under the declared rule, and recording it with that rule. */
export function TallyTable({
  view,
  results,
  tally,
  onRecorded,
}: PanelSectionProps & { tally: PanelTally; onRecorded: ReportNotice }) {
  const { t } = useT();
  const action = useAction();
  const titles = new Map(results.applications.map((a) => [a.id, a.title]));
  const rows: Row[] = tally.applications.map((row) => ({
    ...row,
    title: titles.get(row.applicationId) ?? '',
  }));
  const columns = useMemo<ColumnDef<Row>[]>(() => {
    const count = (id: 'eligible' | 'present' | 'for' | 'against' | 'abstain'): ColumnDef<Row> => ({
      id,
      header: t(`panel.ui.ballots.columns.${id}`),
      accessorFn: (row) => row[id],
      meta: { numeric: true },
    });
    return [
      {
        id: 'application',
        header: t('panel.ui.ballots.columns.application'),
        accessorFn: (row) => row.application,
        cell: (info) => (
          <span className="panel-tally-application" title={info.row.original.title}>
            <span className="mono">{info.row.original.application}</span>{' '}
            <span className="panel-tally-title">{info.row.original.title}</span>
          </span>
        ),
      },
      count('eligible'),
      count('present'),
      count('for'),
      count('against'),
      count('abstain'),
      {
        id: 'result',
        header: t('panel.ui.ballots.columns.result'),
        accessorFn: (row) => (row.recommended ? 1 : 0),
        cell: (info) =>
          info.row.original.recommended ? (
            <span className="tag tag-ok">{t('panel.ui.ballots.recommended')}</span>
          ) : info.row.original.present === 0 ? (
            <span className="muted">{t('panel.ui.ballots.notVoted')}</span>
          ) : (
            <span className="tag">{t('panel.ui.ballots.notRecommended')}</span>
          ),
      },
      {
        id: 'finalMean',
        header: t('panel.ui.ballots.columns.finalMean'),
        accessorFn: (row) => row.finalMean ?? undefined,
        cell: (info) => formatNumber(info.row.original.finalMean),
        meta: { numeric: true },
      },
      {
        id: 'finalRange',
        header: t('panel.ui.ballots.columns.finalRange'),
        accessorFn: (row) => row.finalRange?.[0] ?? undefined,
        cell: (info) => formatInterval(info.row.original.finalRange),
        meta: { numeric: true },
      },
    ];
  }, [t]);

  const record = async () => {
    const recorded = await action.run('panel.tally', { callId: view.callId, record: true });
    if (recorded) onRecorded({ key: 'panel.ui.ballots.recorded' });
  };
  const quorum = exactQuorumChoice(tally.rule.quorum);
  const blocked = view.ballots === 0 ? t('panel.ui.ballots.noBallots') : null;

  return (
    <>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <p className="muted">
        {t('panel.ui.ballots.ruleCaption', {
          quorum: quorum
            ? t(`panel.ui.setup.quorums.${quorum}`)
            : `${Math.round(tally.rule.quorum * 1000) / 10}%`,
          majority: t(`panel.ui.setup.majorities.${tally.rule.majority}`),
        })}{' '}
        {t('panel.ui.ballots.received', { count: view.ballots })}
      </p>
      <VirtualTable
        rows={rows}
        columns={columns}
        label={t('panel.ui.ballots.tableLabel')}
        rowKey={(row) => row.applicationId}
        rowClassName={(row) => (row.recommended ? 'panel-recommended' : '')}
      />
      <div className="toolbar panel-actions">
        <ReasonedButton blocked={blocked} busy={action.busy} onClick={() => void record()}>
          {t('panel.ui.ballots.record')}
        </ReasonedButton>
      </div>
    </>
  );
}
