import { useState } from 'react';
import { useT } from '../../../../i18n/use-t';
import { useAction, useChannel } from '../../../../api/use-channel';
import { ErrorNotice } from '../../../../components/ErrorNotice';

const RATINGS = [1, 2, 3, 4] as const;

/** The officer's 1–4 rating of one submitted review's usefulness, with an optional note. */
export function ReviewRating({
  callId,
  applicationId,
  reviewerId,
  reviewerName,
}: {
  callId: string;
  applicationId: string;
  reviewerId: string;
  reviewerName: string;
}) {
  const { t } = useT();
  const current = useChannel('reviewerRecord.rating', { callId, applicationId, reviewerId });
  const action = useAction();
  const [draft, setDraft] = useState<{ rating: string; note: string } | null>(null);
  const shown = draft ?? {
    rating: current.value ? String(current.value.rating) : '',
    note: current.value?.note ?? '',
  };
  const save = async () => {
    if (shown.rating === '') return;
    const saved = await action.run('reviewerRecord.rate', {
      callId,
      applicationId,
      reviewerId,
      rating: Number(shown.rating),
      note: shown.note,
    });
    if (saved) {
      setDraft(null);
      await current.reload();
    }
  };
  return (
    <div className="quality-rating">
      <ErrorNotice error={current.error ?? action.error} />
      <select
        aria-label={t('quality.record.rateLabel', { reviewer: reviewerName })}
        value={shown.rating}
        onChange={(e) => setDraft({ ...shown, rating: e.target.value })}
      >
        <option value="">{t('quality.record.notRated')}</option>
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {t(`quality.record.ratings.${rating}`)}
          </option>
        ))}
      </select>
      <input
        aria-label={t('quality.record.noteLabel', { reviewer: reviewerName })}
        placeholder={t('quality.record.notePlaceholder')}
        maxLength={2000}
        value={shown.note}
        onChange={(e) => setDraft({ ...shown, note: e.target.value })}
      />
      <button
        type="button"
        disabled={draft === null || shown.rating === '' || action.busy}
        onClick={() => void save()}
      >
        {t('quality.record.saveRating')}
      </button>
    </div>
  );
}
