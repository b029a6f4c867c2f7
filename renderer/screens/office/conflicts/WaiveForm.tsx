import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ConflictRow } from '../../../../shared/contract/conflicts';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';

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
  const whyDisabled = useId();
  const action = useAction();
  const [reason, setReason] = useState('');
  const missingReason = reason.trim() === '';
  const title = t('office.conflicts.waiveTitle', {
    reference: conflict.referenceNo,
    reviewer: conflict.reviewerName,
  });

  async function waive() {
    const { applicationId, reviewerId, type } = conflict;
    const row = await action.run('conflicts.waive', { applicationId, reviewerId, type, reason });
    if (row) onWaived(row);
  }

  return (
    <div className="card" role="group" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">{t('office.conflicts.waiveExplain')}</p>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <FormField label={t('office.conflicts.waiveReason')} maxLength={REASON_MAX} length={reason.length} wide>
        <textarea value={reason} maxLength={REASON_MAX} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={missingReason || action.busy}
          aria-describedby={missingReason ? whyDisabled : undefined}
          title={missingReason ? t('office.conflicts.waiveNeedsReason') : undefined}
          onClick={() => void waive()}
        >
          {t('office.conflicts.waiveConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
        {missingReason && (
          <span id={whyDisabled} className="muted small">
            {t('office.conflicts.waiveNeedsReason')}
          </span>
        )}
      </div>
    </div>
  );
}
