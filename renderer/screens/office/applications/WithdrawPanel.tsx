import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';

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
  const whyDisabled = useId();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const missingReason = reason.trim() === '';

  async function withdraw() {
    if (await action.run('applications.withdraw', { applicationId, reason })) {
      setOpen(false);
      onWithdrawn();
    }
  }

  if (!open)
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {t('office.detail.withdraw.open')}
      </button>
    );
  return (
    <div
      className="panel"
      role="group"
      aria-label={t('office.detail.withdraw.title', { reference: referenceNo })}
    >
      <h2 className="section-title">{t('office.detail.withdraw.title', { reference: referenceNo })}</h2>
      <p className="muted">{t('office.detail.withdraw.explain')}</p>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <FormField
        label={t('office.detail.withdraw.reason')}
        maxLength={REASON_MAX}
        length={reason.length}
        wide
      >
        <textarea value={reason} maxLength={REASON_MAX} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <div className="toolbar">
        <button type="button" onClick={() => setOpen(false)}>
          {t('ui.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={missingReason}
          aria-describedby={missingReason ? whyDisabled : undefined}
          title={missingReason ? t('office.detail.withdraw.needsReason') : undefined}
          onClick={() => void withdraw()}
        >
          {t('office.detail.withdraw.confirm')}
        </button>
        {missingReason && (
          <span id={whyDisabled} className="muted small">
            {t('office.detail.withdraw.needsReason')}
          </span>
        )}
      </div>
    </div>
  );
}
