import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import type { DraftRow } from './shortlist-draft';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { ReportTable } from '../../../components/table/ReportTable';

/** The draft shortlist: where each application comes from, its conflicts, and removal with a reason. */
export function ShortlistTable({
  rows,
  results,
  conflictNames,
  onRemove,
  onUndo,
}: {
  rows: DraftRow[];
  results: ResultsView;
  conflictNames: (applicationId: string) => string[];
  onRemove: (applicationId: string, reason: string) => void;
  /** Drops this form's pending addition or removal of the application. */
  onUndo: (applicationId: string) => void;
}) {
  const { t } = useT();
  const [removing, setRemoving] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const applications = new Map(results.applications.map((a) => [a.id, a]));

  const referenceOf = (row: DraftRow) =>
    applications.get(row.applicationId)?.referenceNo ?? row.applicationId;
  const action = (row: DraftRow) => {
    if (row.removedReason !== null)
      return (
        <>
          <div className="panel-reason">{t('panel.ui.setup.removed', { reason: row.removedReason })}</div>
          {row.pending === 'removed' && (
            <button type="button" className="link" onClick={() => onUndo(row.applicationId)}>
              {t('panel.ui.setup.restore')}
            </button>
          )}
        </>
      );
    if (row.pending === 'added')
      return (
        <button type="button" className="link" onClick={() => onUndo(row.applicationId)}>
          {t('panel.ui.setup.cancel')}
        </button>
      );
    if (removing === row.applicationId)
      return (
        <div className="panel-inline-form">
          <label>
            {t('panel.ui.setup.removeReason', { reference: referenceOf(row) })}
            <input value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ReasonedButton
            blocked={reason.trim() === '' ? t('panel.ui.setup.needsReason') : null}
            busy={false}
            reasonShown="tooltip"
            onClick={() => {
              onRemove(row.applicationId, reason.trim());
              setRemoving(null);
              setReason('');
            }}
          >
            {t('panel.ui.setup.confirmRemove')}
          </ReasonedButton>
          <button type="button" className="link" onClick={() => setRemoving(null)}>
            {t('panel.ui.setup.cancel')}
          </button>
        </div>
      );
    return (
      <button
        type="button"
        className="link"
        onClick={() => {
          setRemoving(row.applicationId);
          setReason('');
        }}
      >
        {t('panel.ui.setup.remove')}
      </button>
    );
  };

  return (
    <ReportTable
      className="panel-table"
      label={t('panel.ui.setup.shortlistLabel')}
      rows={rows}
      rowKey={(row) => row.applicationId}
      rowClassName={(row) => (row.removedReason !== null ? 'panel-removed' : undefined)}
      columns={[
        {
          heading: t('panel.ui.setup.columns.rank'),
          cell: (row) => {
            const ranking = applications.get(row.applicationId)?.ranking;
            return ranking ? Math.round(ranking.rank) : '';
          },
          numeric: true,
        },
        { heading: t('panel.ui.setup.columns.reference'), cell: referenceOf, className: 'mono' },
        {
          heading: t('panel.ui.setup.columns.title'),
          cell: (row) => applications.get(row.applicationId)?.title,
          className: 'panel-title-cell',
        },
        {
          heading: t('panel.ui.setup.columns.pi'),
          cell: (row) => applications.get(row.applicationId)?.piName,
        },
        {
          heading: t('panel.ui.setup.columns.source'),
          cell: (row) => (
            <>
              <span className={row.source === 'manual' ? 'tag tag-warn' : 'tag'}>
                {t(`panel.ui.setup.sources.${row.source}`)}
              </span>
              {row.reason && <div className="panel-reason">{row.reason}</div>}
            </>
          ),
        },
        {
          heading: t('panel.ui.setup.columns.conflicts'),
          cell: (row) => conflictNames(row.applicationId).join('、'),
        },
        { heading: t('panel.ui.setup.columns.action'), cell: action },
      ]}
    />
  );
}
