import { useT } from '../../../i18n/use-t';
import { pick } from '../../../../shared/domain/localized';
import type { ReviewDigest } from '../../../../shared/domain/panel-bundles';
import type { Rubric } from '../../../../shared/domain/rubric';
import { currentLanguage } from '../../../i18n/i18n';

const number = (value: number) => (Math.round(value * 100) / 100).toString();

/** The anonymised mail reviews: numbered, with scores and the comments meant for the applicant. */
export function ReviewDigestView({ digest, rubric }: { digest: ReviewDigest; rubric: Rubric }) {
  const { t } = useT();
  const language = currentLanguage();
  const labels = new Map<string, string>(
    rubric.comments.map((field) => [field.id, pick(field.label, language)]),
  );
  return (
    <section aria-labelledby="digest-heading">
      <h3 id="digest-heading">{t('ballot.ui.digest')}</h3>
      {digest.overall ? (
        <p>
          {t('ballot.ui.digestSummary', {
            count: digest.submitted,
            mean: number(digest.overall.mean),
            min: number(digest.overall.min),
            max: number(digest.overall.max),
          })}
        </p>
      ) : (
        <p className="muted">{t('ballot.ui.noReviews')}</p>
      )}
      {digest.reviews.map((review) => (
        <article key={review.n} className="digest-review">
          <h4>
            {t('ballot.ui.reviewer', { n: review.n })}
            {review.overall === null
              ? null
              : ` · ${t('ballot.ui.overall', { score: number(review.overall) })}`}
          </h4>
          <dl>
            {Object.entries(review.comments).map(([field, text]) => (
              <div key={field}>
                <dt>{labels.get(field) ?? field}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
    </section>
  );
}
