import { useT } from '../../i18n/use-t';
import type { ApplicationDetail } from '../../../shared/contract/reviewer';
import { pick } from '../../../shared/domain/localized';
import { overallScore } from '../../../shared/domain/review-score';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, formatYuan } from './format';
import type { DraftCheck } from './review-form';

/**
 * A printable copy of my own review: hidden on screen, the only thing printed (see the print rules
 * in reviewer.css). Text is laid out in full, where the form's text areas would cut it off.
 */
export function ReviewPrint({ detail, check }: { detail: ApplicationDetail; check: DraftCheck }) {
  const { t } = useT();
  const language = currentLanguage();
  const { rubric } = detail.call;
  const { draft } = check;
  const scores = draft.scores ?? {};
  const overall = overallScore(rubric, scores);
  const recommendation = rubric.recommendations.find((option) => option.id === draft.recommendation);
  return (
    <article className="review-print" aria-hidden="true">
      <h1>
        {detail.application.referenceNo} {detail.application.title}
      </h1>
      <p>
        {detail.call.code} ·{' '}
        {t('reviewer.print.status', {
          status: t(
            `reviewer.states.${detail.review?.content.status === 'submitted' ? 'submitted' : 'draft'}`,
          ),
        })}
      </p>
      <h2>{t('reviewer.form.criteria')}</h2>
      <dl>
        {rubric.criteria.map((criterion) => {
          if (criterion.type === 'score') {
            const value = scores[criterion.id];
            const level = criterion.scale.levels?.find((candidate) => candidate.value === value);
            return (
              <div key={criterion.id}>
                <dt>{pick(criterion.label, language)}</dt>
                <dd>
                  {value === undefined
                    ? t('reviewer.print.notScored')
                    : level
                      ? `${level.code} ${pick(level.label, language)} (${formatNumber(value, language)})`
                      : formatNumber(value, language)}
                </dd>
              </div>
            );
          }
          const option = criterion.options.find(
            (candidate) => candidate.id === draft.choices?.[criterion.id],
          );
          return (
            <div key={criterion.id}>
              <dt>{pick(criterion.label, language)}</dt>
              <dd>{option ? pick(option.label, language) : t('reviewer.print.notScored')}</dd>
            </div>
          );
        })}
        <div>
          <dt>{t('reviewer.form.overall')}</dt>
          <dd>{overall === null ? t('reviewer.print.notScored') : formatNumber(overall, language)}</dd>
        </div>
        {recommendation && (
          <div>
            <dt>{t('reviewer.form.recommendation')}</dt>
            <dd>{pick(recommendation.label, language)}</dd>
          </div>
        )}
        {draft.familiarity && (
          <div>
            <dt>{t('reviewer.form.familiarity')}</dt>
            <dd>{t(`reviewer.familiarity.${draft.familiarity}`)}</dd>
          </div>
        )}
        {draft.budgetOpinion && (
          <div>
            <dt>{t('reviewer.form.budgetOpinion')}</dt>
            <dd>
              {t(`reviewer.verdicts.${draft.budgetOpinion.verdict}`)} ·{' '}
              {formatYuan(draft.budgetOpinion.recommendedAmount, language)}
              {draft.budgetOpinion.reason && ` · ${draft.budgetOpinion.reason}`}
            </dd>
          </div>
        )}
      </dl>
      <h2>{t('reviewer.form.comments')}</h2>
      {rubric.comments.map((field) => (
        <section key={field.id}>
          <h3>{pick(field.label, language)}</h3>
          <p className="print-text">{draft.comments?.[field.id] ?? '—'}</p>
        </section>
      ))}
    </article>
  );
}
