import type { ReactNode } from 'react';
import { translateOr, useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import { pick } from '../../../../shared/domain/localized';
import { useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney, formatNumber } from './format';
import { ReviewRating } from './quality/ReviewRating';

type Reviews = ResponseOf<'results.reviews'>;
/** A row of the comparison: its heading and what each review shows in it. */
type ReviewRow = [string, (r: Reviews['reviews'][number]) => ReactNode];

/** One application's reviews in columns, so the officer can see where the reviewers part ways. */
export function ReviewsSideBySide({
  callId,
  applicationId,
  recommendations,
}: {
  callId: string;
  applicationId: string;
  recommendations: readonly { id: string; label: { zh: string; en: string } }[];
}) {
  const { t } = useT();
  const language = currentLanguage();
  const { value: reviews, error, loading } = useChannel('results.reviews', { callId, applicationId });

  if (error) return <ErrorNotice error={error} />;
  // While another application's reviews load, its old columns are not shown under the new title.
  if (!reviews || loading) return <p className="muted">{t('ui.loading')}</p>;
  if (reviews.reviews.length === 0) return <p className="muted">{t('results.ui.reviews.none')}</p>;
  const recommendation = (id: string | null) =>
    id === null ? '' : pick(recommendations.find((r) => r.id === id)?.label ?? { zh: id, en: id }, language);
  const rows: ReviewRow[] = [
    [t('results.ui.reviews.status'), (r) => t(`results.reviewStatus.${r.status}`)],
    [t('results.ui.reviews.overall'), (r) => formatNumber(r.overall)],
    ...reviews.criteria.map((c): ReviewRow => [
      pick(c.label, language),
      (r) => formatNumber(r.scores[c.id] ?? null, 1),
    ]),
    [t('results.ui.reviews.recommendation'), (r) => recommendation(r.recommendation)],
    [t('results.export.columns.strengths'), (r) => r.comments.strengths ?? ''],
    [t('results.export.columns.weaknesses'), (r) => r.comments.weaknesses ?? ''],
    [t('results.export.columns.confidential'), (r) => r.comments.confidential ?? ''],
    [
      t('results.ui.reviews.budget'),
      (r) =>
        r.budgetOpinion
          ? `${translateOr(t, `results.budgetVerdict.${r.budgetOpinion.verdict}`, r.budgetOpinion.verdict)} · ${formatMoney(r.budgetOpinion.recommendedAmount, language)}`
          : '',
    ],
    [
      t('quality.record.usefulness'),
      (r) =>
        r.status === 'submitted' && (
          <ReviewRating
            callId={callId}
            applicationId={applicationId}
            reviewerId={r.reviewerId}
            reviewerName={r.reviewerName}
          />
        ),
    ],
  ];
  return (
    <div className="results-side-by-side">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('results.ui.reviews.field')}</th>
            {reviews.reviews.map((r) => (
              <th scope="col" key={r.reviewerId} className={r.status === 'submitted' ? undefined : 'muted'}>
                {r.reviewerName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {reviews.reviews.map((r) => (
                <td
                  key={r.reviewerId}
                  className={r.status === 'submitted' ? 'results-review-cell' : 'results-review-cell muted'}
                >
                  {value(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
