import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { overallScore, thresholdStatus } from '../../../shared/domain/review-score';
import type { Rubric } from '../../../shared/domain/rubric';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber } from './format';

/** The weighted total and the threshold status, recomputed as scores are entered. */
export function ScoreSummary({ rubric, scores }: { rubric: Rubric; scores: Record<string, number> }) {
  const { t } = useT();
  const id = useId();
  const overall = overallScore(rubric, scores);
  const { passed } = thresholdStatus(rubric, scores);
  return (
    <section className="score-summary" aria-labelledby={id}>
      <h3 id={id}>{t('reviewer.form.summary')}</h3>
      <p aria-live="polite">
        {overall === null ? (
          <span className="muted">{t('reviewer.form.overallIncomplete')}</span>
        ) : (
          <>
            {t('reviewer.form.overall')}{' '}
            <strong className="overall">{formatNumber(overall, currentLanguage())}</strong>
          </>
        )}
      </p>
      {rubric.totalThreshold !== null && (
        <p className="muted">{t('reviewer.form.totalThreshold', { value: rubric.totalThreshold })}</p>
      )}
      <p>
        <span className={passed === null ? 'tag' : passed ? 'tag tag-ok' : 'tag tag-danger'}>
          {passed === null
            ? t('reviewer.form.pending')
            : passed
              ? t('reviewer.form.passed')
              : t('reviewer.form.failed')}
        </span>
      </p>
    </section>
  );
}
