import { useState } from 'react';
import { useT } from '../../../../i18n/use-t';
import { useAction, useChannel } from '../../../../api/use-channel';
import { LabelledSelect } from '../../../../components/FormField';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { ReasonedButton } from '../../../../components/ReasonedButton';

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
      <LabelledSelect
        hideLabel
        label={t('quality.record.rateLabel', { reviewer: reviewerName })}
        value={shown.rating}
        choices={[
          { value: '', label: t('quality.record.notRated') },
          ...RATINGS.map((rating) => ({
            value: String(rating),
            label: t(`quality.record.ratings.${rating}`),
          })),
        ]}
        onChange={(rating) => setDraft({ ...shown, rating })}
      />
      <input
        aria-label={t('quality.record.noteLabel', { reviewer: reviewerName })}
        placeholder={t('quality.record.notePlaceholder')}
        maxLength={2000}
        value={shown.note}
        onChange={(e) => setDraft({ ...shown, note: e.target.value })}
      />
      <ReasonedButton
        blocked={
          draft === null
            ? t('quality.record.unchangedWhy')
            : shown.rating === ''
              ? t('quality.record.noRatingWhy')
              : null
        }
        busy={action.busy}
        reasonShown="tooltip"
        onClick={() => void save()}
      >
        {t('quality.record.saveRating')}
      </ReasonedButton>
    </div>
  );
}
