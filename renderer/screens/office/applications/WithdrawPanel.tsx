import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useAction } from '../../../api/use-channel';
import { ReasonForm } from '../../../components/ReasonForm';

const REASON_MAX = 2000;

/**
 * Withdraws an application with the officer's reason (audited). The confirm button stays disabled
 * until a reason is given, and says so.
 */
export function WithdrawPanel({
  applicationId,
  referenceNo,
  onWithdrawn,
}: {
  applicationId: string;
  referenceNo: string;
  onWithdrawn: () => void;
}) {
  const { t } = useT();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const title = t('office.detail.withdraw.title', { reference: referenceNo });

  async function withdraw(reason: string) {
    if (!(await action.run('applications.withdraw', { applicationId, reason }))) return false;
    setOpen(false);
    onWithdrawn();
    return true;
  }

  if (!open)
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {t('office.detail.withdraw.open')}
      </button>
    );
  return (
    <div className="panel" role="group" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      <p className="muted">{t('office.detail.withdraw.explain')}</p>
      <ReasonForm
        label={t('office.detail.withdraw.reason')}
        maxLength={REASON_MAX}
        needsText={t('office.detail.withdraw.needsReason')}
        submitLabel={t('office.detail.withdraw.confirm')}
        danger
        error={action.error}
        onDismissError={() => action.setError(null)}
        busy={action.busy}
        onSubmit={withdraw}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
