import { useId, useState } from 'react';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { PanelView } from '../../../../shared/contract/panel';
import { useAction, useChannel } from '../../../api/use-channel';
import { LabelledSelect } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';
import type { Message } from '../../../components/OkNotice';
import { formatDateTime } from '../../../../shared/text/dates';
import { currentLanguage } from '../../../i18n/i18n';
import { PanelCard } from './PanelCard';

const OFFICER = 'officer';
const MAX_LENGTH = 100000;

/** One application's consensus: draft, save, finalise, lock; every revision listed below. */
export function ConsensusDraft({
  view,
  row,
  onSaved,
}: {
  view: PanelView;
  row: PanelView['shortlist'][number];
  onSaved: (notice: Message) => void;
}) {
  const { t } = useT();
  const action = useAction();
  const latest = row.consensus;
  const revisions = useChannel('panel.consensus.revisions', {
    callId: view.callId,
    applicationId: row.applicationId,
  });
  const [text, setText] = useState(latest?.text ?? '');
  const [author, setAuthor] = useState(latest?.author ?? OFFICER);
  const authorName = (id: string) =>
    id === OFFICER ? t('panel.ui.consensus.officer') : (view.members.find((m) => m.id === id)?.name ?? id);
  const locked = latest?.state === 'locked';
  const lockedId = useId();
  const unsaved = latest === null || text !== latest.text;

  const saveBlocked = locked
    ? t('panel.ui.consensus.locked')
    : text.trim() === ''
      ? t('panel.ui.consensus.emptyText')
      : !unsaved
        ? t('panel.ui.consensus.unchanged')
        : null;
  const finaliseBlocked = locked
    ? t('panel.ui.consensus.locked')
    : unsaved
      ? t('panel.ui.consensus.saveFirst')
      : latest?.state === 'final'
        ? t('panel.ui.consensus.alreadyFinal')
        : null;
  const lockBlocked = locked
    ? t('panel.ui.consensus.locked')
    : unsaved
      ? t('panel.ui.consensus.saveFirst')
      : latest?.state !== 'final'
        ? t('panel.ui.consensus.finaliseFirst')
        : null;

  const done = (saved: { revision: number; state: 'draft' | 'final' | 'locked' } | null) => {
    if (!saved) return;
    void revisions.reload();
    onSaved({
      key: 'panel.ui.consensus.saved',
      params: { revision: saved.revision, state: t(`panel.ui.consensus.states.${saved.state}`) },
    });
  };
  const request = { callId: view.callId, applicationId: row.applicationId, author };

  const steps = [
    {
      label: 'panel.ui.consensus.save',
      blocked: saveBlocked,
      run: () => action.run('panel.consensus.save', { ...request, text }),
    },
    {
      label: 'panel.ui.consensus.finalise',
      blocked: finaliseBlocked,
      run: () => action.run('panel.consensus.finalise', { ...request, state: 'final' }),
    },
    {
      label: 'panel.ui.consensus.lock',
      blocked: lockBlocked,
      run: () => action.run('panel.consensus.finalise', { ...request, state: 'locked' }),
    },
  ] as const;

  return (
    <PanelCard
      id="panel-consensus-title"
      title={
        <>
          {t('panel.ui.consensus.text')}{' '}
          <span className={locked ? 'tag tag-ok' : 'tag'}>
            {t(`panel.ui.consensus.states.${latest?.state ?? 'none'}`)}
          </span>
        </>
      }
    >
      <ErrorNotice error={action.error ?? revisions.error} onDismiss={() => action.setError(null)} />
      <LabelledSelect
        className="field panel-author"
        label={t('panel.ui.consensus.author')}
        value={author}
        choices={[
          { value: OFFICER, label: t('panel.ui.consensus.officer') },
          ...view.members.map((member) => ({ value: member.id, label: member.name })),
        ]}
        disabled={locked}
        describedBy={locked ? lockedId : undefined}
        onChange={setAuthor}
      />
      <FormField label={t('panel.ui.consensus.text')} maxLength={MAX_LENGTH} length={text.length} wide>
        <textarea
          className="panel-consensus-text"
          value={text}
          readOnly={locked}
          maxLength={MAX_LENGTH}
          onChange={(e) => setText(e.target.value)}
        />
      </FormField>
      <div className="toolbar panel-actions">
        {steps.map((step) => (
          <ReasonedButton
            key={step.label}
            blocked={step.blocked}
            busy={action.busy}
            primary={step.label === 'panel.ui.consensus.save'}
            onClick={() => void step.run().then(done)}
          >
            {t(step.label)}
          </ReasonedButton>
        ))}
        {locked && (
          <span id={lockedId} className="hint">
            {t('panel.ui.consensus.locked')}
          </span>
        )}
      </div>
      <h3>{t('panel.ui.consensus.revisions')}</h3>
      {revisions.value && revisions.value.length === 0 && (
        <p className="muted">{t('panel.ui.consensus.noRevisions')}</p>
      )}
      <ol className="panel-revisions" aria-label={t('panel.ui.consensus.revisions')}>
        {[...(revisions.value ?? [])].reverse().map((revision) => (
          <li key={revision.revision}>
            <details>
              <summary>
                {t('panel.ui.consensus.revision', {
                  revision: revision.revision,
                  state: t(`panel.ui.consensus.states.${revision.state}`),
                  author: authorName(revision.author),
                  at: formatDateTime(revision.savedAt, currentLanguage()),
                })}
              </summary>
              <p className="panel-revision-text">{revision.text}</p>
            </details>
          </li>
        ))}
      </ol>
    </PanelCard>
  );
}
