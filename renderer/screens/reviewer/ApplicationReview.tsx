import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, InboxState, ReviewState } from '../../../shared/contract/reviewer';
import type { Err } from '../../../shared/result';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApplicationReader } from './ApplicationReader';
import { ScoringForm } from './ScoringForm';
import { StateTag } from './StateTag';

function stateOf(review: ReviewState | null): InboxState {
  if (!review) return 'not-started';
  return review.exported ? 'exported' : review.content.status;
}

/** One application: the reader on the left, the review form generated from the rubric on the right. */
export function ApplicationReview({
  applicationId,
  onClose,
}: {
  applicationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<ApplicationDetail | null>(null);
  const [error, setError] = useState<Err | null>(null);

  const load = useCallback(async () => {
    const result = await api().invoke('reviewer.application', { applicationId });
    if (result.ok) setDetail(result.value);
    else setError(result);
  }, [applicationId]);
  useEffect(() => {
    void load();
  }, [load]);

  const onReview = useCallback((review: ReviewState) => {
    setDetail((current) => (current ? { ...current, review } : current));
  }, []);

  return (
    <section className="screen review-screen">
      <div className="review-header">
        <button type="button" onClick={onClose}>
          ← {t('reviewer.reader.back')}
        </button>
        {detail && (
          <div className="review-heading">
            <h1>
              <span className="mono reference">{detail.application.referenceNo}</span>{' '}
              {detail.application.title}
            </h1>
            <div>
              <span className="tag">{detail.call.code}</span>
              <StateTag
                state={stateOf(detail.review)}
                recused={detail.review?.content.status === 'recused'}
              />
            </div>
          </div>
        )}
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {!detail && !error && <p className="muted">{t('ui.loading')}</p>}
      {detail?.application.archived && (
        <p className="notice notice-warn">{t('reviewer.reader.archivedNotice')}</p>
      )}
      {detail && (
        <div className="review-columns">
          <ApplicationReader detail={detail} />
          <ScoringForm key={detail.application.id} detail={detail} onReview={onReview} />
        </div>
      )}
    </section>
  );
}
