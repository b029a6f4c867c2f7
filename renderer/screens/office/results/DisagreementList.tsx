import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { formatNumber } from './format';
import { ReviewsSideBySide } from './ReviewsSideBySide';

/** Applications whose reviewers disagree beyond the rubric's limit, widest spread first. */
export function DisagreementList({ view }: { view: ResultsView }) {
  const { t } = useT();
  const flagged = view.applications
    .filter((a) => a.aggregate.disagreement)
    .sort(
      (a, b) =>
        (b.aggregate.range ?? 0) - (a.aggregate.range ?? 0) || a.referenceNo.localeCompare(b.referenceNo),
    );
  const [open, setOpen] = useState<string | null>(flagged[0]?.id ?? null);

  if (view.rubric.disagreementLimit === null)
    return <p className="muted">{t('results.ui.disagreement.noLimit')}</p>;
  if (flagged.length === 0) {
    return (
      <p className="muted">{t('results.ui.disagreement.none', { limit: view.rubric.disagreementLimit })}</p>
    );
  }
  return (
    <div className="results-split">
      <ul className="results-pick-list" aria-label={t('results.ui.disagreement.listLabel')}>
        {flagged.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={open === a.id ? 'results-pick active' : 'results-pick'}
              aria-pressed={open === a.id}
              onClick={() => setOpen(a.id)}
            >
              <span className="mono">{a.referenceNo}</span>
              <span className="results-pick-title">{a.title}</span>
              <span className="muted">
                {t('results.ui.disagreement.spread', {
                  min: formatNumber(a.aggregate.min, 1),
                  max: formatNumber(a.aggregate.max, 1),
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div>
        {open && (
          <ReviewsSideBySide
            callId={view.call.id}
            applicationId={open}
            recommendations={view.rubric.recommendations}
          />
        )}
      </div>
    </div>
  );
}
