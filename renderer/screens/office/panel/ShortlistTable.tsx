import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import type { DraftRow } from './shortlist-draft';
import { TableHead } from '../../../components/TableHead';

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

  return (
    <table className="table panel-table" aria-label={t('panel.ui.setup.shortlistLabel')}>
      <TableHead
        headings={[
          { label: t('panel.ui.setup.columns.rank'), numeric: true },
          t('panel.ui.setup.columns.reference'),
          t('panel.ui.setup.columns.title'),
          t('panel.ui.setup.columns.pi'),
          t('panel.ui.setup.columns.source'),
          t('panel.ui.setup.columns.conflicts'),
          t('panel.ui.setup.columns.action'),
        ]}
      />
      <tbody>
        {rows.map((row) => {
          const application = applications.get(row.applicationId);
          const reference = application?.referenceNo ?? row.applicationId;
          const removed = row.removedReason !== null;
          return (
            <tr key={row.applicationId} className={removed ? 'panel-removed' : undefined}>
              <td className="num">{application?.ranking ? Math.round(application.ranking.rank) : ''}</td>
              <td className="mono">{reference}</td>
              <td className="panel-title-cell">{application?.title}</td>
              <td>{application?.piName}</td>
              <td>
                <span className={row.source === 'manual' ? 'tag tag-warn' : 'tag'}>
                  {t(`panel.ui.setup.sources.${row.source}`)}
                </span>
                {row.reason && <div className="panel-reason">{row.reason}</div>}
              </td>
              <td>{conflictNames(row.applicationId).join('、')}</td>
              <td>
                {removed ? (
                  <>
                    <div className="panel-reason">
                      {t('panel.ui.setup.removed', { reason: row.removedReason ?? '' })}
                    </div>
                    {row.pending === 'removed' && (
                      <button type="button" className="link" onClick={() => onUndo(row.applicationId)}>
                        {t('panel.ui.setup.restore')}
                      </button>
                    )}
                  </>
                ) : row.pending === 'added' ? (
                  <button type="button" className="link" onClick={() => onUndo(row.applicationId)}>
                    {t('panel.ui.setup.cancel')}
                  </button>
                ) : removing === row.applicationId ? (
                  <div className="panel-inline-form">
                    <label>
                      {t('panel.ui.setup.removeReason', { reference })}
                      <input value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} />
                    </label>
                    <button
                      type="button"
                      disabled={reason.trim() === ''}
                      title={reason.trim() === '' ? t('panel.ui.setup.needsReason') : undefined}
                      onClick={() => {
                        onRemove(row.applicationId, reason.trim());
                        setRemoving(null);
                        setReason('');
                      }}
                    >
                      {t('panel.ui.setup.confirmRemove')}
                    </button>
                    <button type="button" className="link" onClick={() => setRemoving(null)}>
                      {t('panel.ui.setup.cancel')}
                    </button>
                  </div>
                ) : (
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
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
