import { useT } from '../../../i18n/use-t';
import type { ConflictRow } from '../../../../shared/contract/conflicts';
import { useAction } from '../../../api/use-channel';
import { ReasonForm } from '../../../components/ReasonForm';

interface WaiveFormProps {
  conflict: ConflictRow;
  onWaived: (row: ConflictRow) => void;
  onCancel: () => void;
}

/**
 * Waives one detected conflict with the officer's reason (audited). The confirm button stays
 * disabled until a reason is given, and says so.
 */
export function WaiveForm({ conflict, onWaived, onCancel }: WaiveFormProps) {
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
    <ReasonForm
      name={title}
      className="card"
      heading={
        <>
          <h2>{title}</h2>
          <p className="muted">{t('office.conflicts.waiveExplain')}</p>
        </>
      }
      label={t('office.conflicts.waiveReason')}
      needsText={t('office.conflicts.waiveNeedsReason')}
      submitLabel={t('office.conflicts.waiveConfirm')}
      action={action}
      onSubmit={waive}
      onCancel={onCancel}
    />
  );
}
