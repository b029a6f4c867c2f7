import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';

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
  const { t } = useTranslation();
  const [applications, setApplications] = useState<ResponseOf<'applications.list'>['rows']>([]);
  const [reviewers, setReviewers] = useState<ResponseOf<'reviewers.list'>>([]);
  const [applicationId, setApplicationId] = useState('');
  const [reviewerId, setReviewerId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Err | null>(null);

  useEffect(() => {
    void api()
      .invoke('applications.list', { callId })
      .then((result) => result.ok && setApplications(result.value.rows));
    void api()
      .invoke('reviewers.list', {})
      .then((result) => result.ok && setReviewers(result.value));
  }, [callId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api().invoke('conflicts.add', { callId, applicationId, reviewerId, reason });
    if (result.ok) onSaved();
    else setError(result);
  }

  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>{t('office.conflicts.addTitle')}</h2>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="form-grid">
        <label>
          {t('office.conflicts.application')}
          <select value={applicationId} onChange={(event) => setApplicationId(event.target.value)} required>
            <option value="">{t('office.conflicts.choose')}</option>
            {applications.map((application) => (
              <option key={application.id} value={application.id}>
                {application.referenceNo} — {application.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('office.conflicts.reviewer')}
          <select value={reviewerId} onChange={(event) => setReviewerId(event.target.value)} required>
            <option value="">{t('office.conflicts.choose')}</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name} — {reviewer.institution || reviewer.email}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          {t('office.conflicts.reason')}
          <textarea value={reason} onChange={(event) => setReason(event.target.value)} required />
        </label>
      </div>
      <div className="toolbar form-actions">
        <button
          type="submit"
          className="primary"
          disabled={!applicationId || !reviewerId || reason.trim() === ''}
        >
          {t('office.conflicts.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
