import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { pick } from '../../../../shared/domain/localized';
import { useChannel } from '../../../api/use-channel';
import { LabelledSelect } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Tabs } from '../../../components/Tabs';
import { currentLanguage } from '../../../i18n/i18n';
import { BudgetView } from './BudgetView';
import { CaterpillarPanel } from './CaterpillarChart';
import { ComparisonPanel } from './ComparisonPanel';
import { DecisionEditor } from './DecisionEditor';
import { DisagreementList } from './DisagreementList';
import { DistributionChart } from './DistributionChart';
import { ExportsPanel } from './ExportsPanel';
import { LeniencyChart } from './LeniencyChart';
import { LotteryPanel } from './LotteryPanel';
import { PanelReport } from './PanelReport';
import { QualityPanel } from './quality/QualityPanel';
import { RankForm } from './RankForm';
import { RankingTable } from './RankingTable';
import { RunFacts } from './RunFacts';
import './results.css';

const TABS = [
  'ranking',
  'chart',
  'distribution',
  'leniency',
  'disagreement',
  'quality',
  'budget',
  'lottery',
  'decisions',
  'exports',
  'report',
] as const;
type Tab = (typeof TABS)[number];

/** Results of one call: rank, see, draw, decide and export (issue 6). */
export function ResultsScreen() {
  const { t } = useT();
  const language = currentLanguage();
  const callList = useChannel('results.calls', {});
  const calls = callList.value;
  const [picked, setPicked] = useState<string | null>(null);
  const callId = picked ?? calls?.[0]?.id ?? null;
  const results = useChannel('results.view', callId ? { callId } : null);
  // The answer for another call is not shown while the picked one loads.
  const view: ResultsView | null = results.value?.call.id === callId ? results.value : null;
  const reload = results.reload;
  const [tab, setTab] = useState<Tab>('ranking');
  const [open, setOpen] = useState<string | null>(null);

  return (
    <section className="screen results-screen">
      <div className="results-heading">
        <h1>{t('results.ui.title')}</h1>
        {calls && calls.length > 1 && (
          <LabelledSelect
            className="results-inline-label"
            label={t('results.ui.call')}
            value={callId ?? ''}
            choices={calls.map((call) => ({
              value: call.id,
              label: `${call.code} ${pick(call.title, language)}`,
            }))}
            onChange={(id) => {
              setOpen(null);
              setPicked(id);
            }}
          />
        )}
      </div>
      <ErrorNotice error={callList.error ?? results.error} />
      {calls && calls.length === 0 && <p className="muted">{t('results.ui.noCalls')}</p>}
      {view && (
        <>
          <p className="lead">
            {view.call.code} · {pick(view.call.title, language)} ·{' '}
            {t('results.ui.counts', {
              applications: view.call.applications,
              reviews: view.call.submittedReviews,
            })}
          </p>
          <RankForm
            key={`${view.call.id}:${view.run?.id ?? ''}`}
            view={view}
            onRanked={() => void reload()}
          />
          <RunFacts view={view} />
          <Tabs
            idPrefix="results"
            label={t('results.ui.tabs.label')}
            tabs={TABS.map((id) => ({
              id,
              label: id === 'quality' ? t('quality.ui.tab') : t(`results.ui.tabs.${id}`),
            }))}
            shown={tab}
            onShow={setTab}
            panelClassName="results-panel"
          >
            {tab === 'ranking' && (
              <>
                <RankingTable view={view} onOpen={setOpen} />
                {open && <ComparisonPanel view={view} applicationId={open} onClose={() => setOpen(null)} />}
              </>
            )}
            {tab === 'chart' && <CaterpillarPanel view={view} />}
            {tab === 'distribution' && <DistributionChart view={view} />}
            {tab === 'leniency' && <LeniencyChart view={view} />}
            {tab === 'disagreement' && <DisagreementList key={view.call.id} view={view} />}
            {tab === 'quality' && <QualityPanel key={`${view.call.id}:${view.run?.id ?? ''}`} view={view} />}
            {tab === 'budget' && <BudgetView view={view} onChanged={() => void reload()} />}
            {tab === 'lottery' && <LotteryPanel view={view} onChanged={() => void reload()} />}
            {tab === 'decisions' && (
              <DecisionEditor key={view.call.id} view={view} onChanged={() => void reload()} />
            )}
            {tab === 'exports' && <ExportsPanel view={view} onPrint={() => setTab('report')} />}
            {tab === 'report' && (
              <>
                <div className="toolbar results-no-print">
                  <button type="button" className="primary" onClick={() => window.print()}>
                    {t('results.ui.exports.print')}
                  </button>
                </div>
                <PanelReport view={view} />
              </>
            )}
          </Tabs>
        </>
      )}
    </section>
  );
}
