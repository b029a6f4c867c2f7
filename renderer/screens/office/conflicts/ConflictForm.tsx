import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useAction, useChannel } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { FormField, TextField } from '../../../components/FormField';

/** The contract's limit on a conflict's reason. */
const REASON_MAX = 2000;

/** Records a conflict the data cannot show (a former student, a dispute), with its reason. */
export function ConflictForm({
  callId,
  onSaved,
  onCancel,
}: {
  callId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const applications = useChannel('applications.list', { callId });
  const reviewers = useChannel('reviewers.list', {});
  const [applicationId, setApplicationId] = useState('');
  const [reviewerId, setReviewerId] = useState('');
  const [reason, setReason] = useState('');
  const { run, error, setError } = useAction();

  async function submit() {
    if (await run('conflicts.add', { callId, applicationId, reviewerId, reason })) onSaved();
  }

  return (
    <FormCard
      title={t('office.conflicts.addTitle')}
      error={error ?? applications.error ?? reviewers.error}
      onDismissError={() => setError(null)}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('office.conflicts.add')}
      submitDisabled={!applicationId || !reviewerId || reason.trim() === ''}
    >
      <FormField label={t('office.conflicts.application')}>
        <select value={applicationId} onChange={(event) => setApplicationId(event.target.value)} required>
          <option value="">{t('office.conflicts.choose')}</option>
          {applications.value?.rows.map((application) => (
            <option key={application.id} value={application.id}>
              {application.referenceNo} — {application.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('office.conflicts.reviewer')}>
        <select value={reviewerId} onChange={(event) => setReviewerId(event.target.value)} required>
          <option value="">{t('office.conflicts.choose')}</option>
          {reviewers.value?.map((reviewer) => (
            <option key={reviewer.id} value={reviewer.id}>
              {reviewer.name} — {reviewer.institution || reviewer.email}
            </option>
          ))}
        </select>
      </FormField>
      <TextField
        label={t('office.conflicts.reason')}
        value={reason}
        onChange={setReason}
        maxLength={REASON_MAX}
        multiline
        required
        wide
      />
    </FormCard>
  );
}
