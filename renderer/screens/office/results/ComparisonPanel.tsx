import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { ReviewsSideBySide } from './ReviewsSideBySide';

interface ComparisonProps {
  view: ResultsView;
  /** The application picked in the ranking. */
  applicationId: string;
  onClose: () => void;
}

/**
 * The reviews of the application picked in the ranking, side by side. Opening one brings the panel
 * into view and moves focus to its heading, so the comparison is never left below the fold.
 */
export function ComparisonPanel({ view, applicationId, onClose }: ComparisonProps) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const application = view.applications.find((entry) => entry.id === applicationId);

  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, [applicationId]);

  return (
    <section className="results-detail" aria-labelledby="results-comparison-title">
      <div className="toolbar">
        <h3 id="results-comparison-title" ref={heading} tabIndex={-1}>
          {t('results.ui.reviews.comparing', {
            reference: application?.referenceNo ?? '',
            title: application?.title ?? '',
          })}
        </h3>
        <button type="button" className="link" onClick={onClose}>
          {t('results.ui.reviews.close')}
        </button>
      </div>
      <ReviewsSideBySide
        callId={view.call.id}
        applicationId={applicationId}
        recommendations={view.rubric.recommendations}
      />
    </section>
  );
}
