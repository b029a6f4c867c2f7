import type { PanelSectionProps, ReportNotice } from './panel-props';
import { useT } from '../../../i18n/use-t';
import { useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { PanelPackages } from './PanelPackages';
import { PaperBallotForm } from './PaperBallotForm';
import { TallyTable } from './TallyTable';

/**
 * Panel packages out and ballot bundles in, paper ballot entry, and the live tally, which is
 * counted again after every entry.
 */
export function BallotsPanel({ view, results, onEntered }: PanelSectionProps & { onEntered: ReportNotice }) {
  const { t } = useT();
  const tally = useChannel('panel.tally', { callId: view.callId, record: false });
  return (
    <div className="panel-ballots">
      <ErrorNotice error={tally.error} onDismiss={tally.clearError} />
      <PanelPackages callId={view.callId} />
      <PaperBallotForm
        view={view}
        results={results}
        onEntered={(notice) => {
          void tally.reload();
          onEntered(notice);
        }}
      />
      <section className="card panel-card" aria-labelledby="panel-tally-title">
        <h2 id="panel-tally-title">{t('panel.ui.ballots.tally')}</h2>
        {tally.value && (
          <TallyTable
            view={view}
            results={results}
            tally={tally.value}
            onRecorded={(notice) => {
              void tally.reload();
              onEntered(notice);
            }}
          />
        )}
      </section>
    </div>
  );
}
