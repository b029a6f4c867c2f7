import { useState } from 'react';
import type { PanelSectionProps, ReportNotice } from './panel-props';
import { useT } from '../../../i18n/use-t';
import { ReviewsSideBySide } from '../results/ReviewsSideBySide';
import { ConsensusDraft } from './ConsensusDraft';

/** The consensus text per shortlisted application, drafted beside the individual reviews. */
export function ConsensusEditor({ view, results, onSaved }: PanelSectionProps & { onSaved: ReportNotice }) {
  const { t } = useT();
  const active = view.shortlist.filter((row) => row.removedReason === null);
  const [applicationId, setApplicationId] = useState(active[0]?.applicationId ?? '');
  const row = active.find((r) => r.applicationId === applicationId) ?? null;
  const application = results.applications.find((a) => a.id === applicationId);
  return (
    <div className="panel-consensus">
      <div className="toolbar">
        <label className="panel-inline">
          {t('panel.ui.consensus.application')}
          <select value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
            {active.map((r) => (
              <option key={r.applicationId} value={r.applicationId}>
                {r.referenceNo} · {t(`panel.ui.consensus.states.${r.consensus?.state ?? 'none'}`)}
              </option>
            ))}
          </select>
        </label>
        {application && <span className="panel-title-cell">{application.title}</span>}
      </div>
      {row && (
        <>
          <section className="panel-card" aria-labelledby="panel-reviews-title">
            <h2 id="panel-reviews-title">{t('panel.ui.consensus.reviews')}</h2>
            <ReviewsSideBySide
              key={row.applicationId}
              callId={view.callId}
              applicationId={row.applicationId}
              recommendations={results.rubric.recommendations}
            />
          </section>
          <ConsensusDraft key={row.applicationId} view={view} row={row} onSaved={onSaved} />
        </>
      )}
    </div>
  );
}
