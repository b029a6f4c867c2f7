import { useT } from '../../../i18n/use-t';
import type { ConflictRow } from '../../../../shared/contract/conflicts';
import { useAction } from '../../../api/use-channel';
import { ReasonForm } from '../../../components/ReasonForm';

/** The contract's limit on a waiver's reason. */
const REASON_MAX = 2000;

/**
 * Waives one detected conflict with the officer's reason (audited). The confirm button stays
 * disabled until a reason is given, and says so.
 */
export function WaiveForm({
  conflict,
  onWaived,
  onCancel,
}: {
  conflict: ConflictRow;
  onWaived: (row: ConflictRow) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const action = useAction();
  const title = t('office.conflicts.waiveTitle', {
    reference: conflict.referenceNo,
    reviewer: conflict.reviewerName,
  });

  async function waive(reason: string) {
    const { applicationId, reviewerId, type } = conflict;
    const row = await action.run('conflicts.waive', { applicationId, reviewerId, type, reason });
    if (row) onWaived(row);
    return row !== null;
  }

  return (
    <div className="card" role="group" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">{t('office.conflicts.waiveExplain')}</p>
      <ReasonForm
        label={t('office.conflicts.waiveReason')}
        maxLength={REASON_MAX}
        needsText={t('office.conflicts.waiveNeedsReason')}
        submitLabel={t('office.conflicts.waiveConfirm')}
        error={action.error}
        onDismissError={() => action.setError(null)}
        busy={action.busy}
        onSubmit={waive}
        onCancel={onCancel}
      />
    </div>
  );
}
