import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { panelMinMembersFor } from '../../../../shared/domain/panel';
import { useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Tabs } from '../../../components/Tabs';
import { OkNotice, type Message } from '../../../components/OkNotice';
import { CallPicker } from '../common/CallPicker';
import { useCalls } from '../common/useCalls';
import { BallotsPanel } from './BallotsPanel';
import { ConsensusEditor } from './ConsensusEditor';
import { PanelFiles } from './PanelFiles';
import { PanelSetup } from './PanelSetup';
import { ScheduleEditor } from './ScheduleEditor';
import './panel.css';

const TABS = ['setup', 'schedule', 'ballots', 'consensus', 'files'] as const;
type Tab = (typeof TABS)[number];

/** 会议评审: the panel stage of one call, from the shortlist to the feedback letters (issue 11). */
export function PanelScreen() {
  const { t } = useT();
  const { calls, call, callId, setCallId, error: callsError } = useCalls();
  const [tab, setTab] = useState<Tab>('setup');
  const [notice, setNotice] = useState<Message | null>(null);
  const request = callId === null ? null : { callId };
  const panel = useChannel('panel.get', request);
  const results = useChannel('results.view', request);
  // A call without a panel is the normal starting point, not a failure.
  const noPanel = panel.error?.code === 'panel.errors.noPanel';
  const view = !noPanel && panel.value?.callId === callId ? panel.value : null;
  const shown: Tab = view ? tab : 'setup';
  const resultsView = results.value?.call.id === callId ? results.value : null;
  const saved = (message: Message) => {
    setNotice(message);
    void panel.reload();
  };

  return (
    <section className="screen panel-screen" aria-labelledby="panel-title">
      <div className="screen-heading">
        <h1 id="panel-title">{t('panel.ui.title')}</h1>
        <CallPicker
          calls={calls}
          callId={callId}
          onChange={(id) => {
            setNotice(null);
            setCallId(id);
          }}
        />
      </div>
      <p className="lead">{t('panel.ui.intro')}</p>
      <ErrorNotice error={callsError ?? (noPanel ? null : panel.error) ?? results.error} />
      <OkNotice messages={notice ? [notice] : null} onDismiss={() => setNotice(null)} />
      {noPanel && <p className="notice notice-warn">{t('panel.ui.noPanel')}</p>}
      {call && resultsView && (view || noPanel) && (
        <>
          <Tabs
            idPrefix="panel"
            label={t('panel.ui.tabs.label')}
            tabs={TABS.map((id) => ({
              id,
              label: t(`panel.ui.tabs.${id}`),
              blocked: id !== 'setup' && !view ? t('panel.ui.needsPanel') : null,
            }))}
            shown={shown}
            onShow={(id) => {
              setNotice(null);
              setTab(id);
            }}
          >
            {shown === 'setup' && (
              <PanelSetup
                key={`${call.id}:${view ? 'stored' : 'new'}`}
                callId={call.id}
                template={{ minMembers: panelMinMembersFor(call.template) }}
                results={resultsView}
                view={view}
                onSaved={saved}
              />
            )}
            {view && shown === 'schedule' && (
              <ScheduleEditor key={call.id} view={view} results={resultsView} onSaved={saved} />
            )}
            {view && shown === 'ballots' && (
              <BallotsPanel view={view} results={resultsView} onEntered={saved} />
            )}
            {view && shown === 'consensus' && (
              <ConsensusEditor key={call.id} view={view} results={resultsView} onSaved={saved} />
            )}
            {view && shown === 'files' && <PanelFiles view={view} results={resultsView} />}
          </Tabs>
        </>
      )}
    </section>
  );
}
