import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import { useAction } from '../../../api/use-channel';
import { ReasonForm } from '../../../components/ReasonForm';

/** The application to withdraw: its id, and its reference number as the officer knows it. */
type Withdrawable = Pick<ResponseOf<'applications.get'>, 'id' | 'referenceNo'>;

/**
 * Withdraws an application with the officer's reason (audited). The confirm button stays disabled
 * until a reason is given, and says so.
 */
export function WithdrawPanel({
  application,
  onWithdrawn,
}: {
  application: Withdrawable;
  onWithdrawn: () => void;
}) {
  const { t } = useT();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const title = t('office.detail.withdraw.title', { reference: application.referenceNo });

  async function withdraw(reason: string) {
    if (!(await action.run('applications.withdraw', { applicationId: application.id, reason }))) return false;
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
    <ReasonForm
      name={title}
      className="panel"
      heading={
        <>
          <h2 className="section-title">{title}</h2>
          <p className="muted">{t('office.detail.withdraw.explain')}</p>
        </>
      }
      label={t('office.detail.withdraw.reason')}
      needsText={t('office.detail.withdraw.needsReason')}
      submitLabel={t('office.detail.withdraw.confirm')}
      danger
      action={action}
      onSubmit={withdraw}
      onCancel={() => setOpen(false)}
    />
  );
}
