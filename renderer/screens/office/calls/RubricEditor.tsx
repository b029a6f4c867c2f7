import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { Rubric } from '../../../../shared/domain/rubric';
import { useAction, useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatDay } from '../common/format';
import { OkNotice, type Message } from '../../../components/OkNotice';
import { CriterionEditor } from './CriterionEditor';
import { move, newCriterion, removeAt, replaceAt } from './rubric-edit';
import { describeProblems } from './rubric-problems';
import { RubricSettings } from './RubricSettings';

/**
 * Edits a call's rubric. Problems are shown while typing and block saving. After packages were
 * issued, saving makes a new version and says the packages must be issued again; reviewers keep
 * the version they hold.
 */
export function RubricEditor({ callId, onClose }: { callId: string; onClose: () => void }) {
  const { t } = useT();
  const stored = useChannel('calls.get', { callId });
  const action = useAction();
  const [draft, setDraft] = useState<Rubric | null>(null);
  const [saved, setSaved] = useState<Message[] | null>(null);
  const loaded = stored.value;
  const error = stored.error ?? action.error;
  const busy = action.busy;

  // Every answer (the first, and the reload after a save) restarts the draft from what is stored.
  useEffect(() => {
    if (loaded) setDraft(loaded.rubric);
  }, [loaded]);

  const problems = useMemo(() => (draft ? describeProblems(draft, t) : []), [draft, t]);
  if (!loaded || !draft)
    return (
      <section className="screen">
        <ErrorNotice error={error} />
      </section>
    );

  const edit = (next: Rubric) => {
    setDraft(next);
    setSaved(null);
  };
  async function save() {
    if (!loaded || !draft) return;
    const result = await action.run('calls.updateRubric', {
      callId,
      baseVersion: loaded.call.rubricVersion,
      rubric: draft,
    });
    if (!result) return;
    setSaved([
      {
        key: result.versioned ? 'office.rubric.savedVersioned' : 'office.rubric.saved',
        params: { version: result.version },
      },
    ]);
    await stored.reload();
  }

  const { call } = loaded;
  return (
    <section className="screen office-screen rubric-editor" aria-labelledby="rubric-title">
      <div className="screen-heading">
        <h1 id="rubric-title">{t('office.rubric.title', { code: call.code })}</h1>
        <button type="button" onClick={onClose}>
          {t('office.common.back')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('office.rubric.currentVersion')}</dt>
        <dd>v{call.rubricVersion}</dd>
        <dt>{t('office.rubric.versions')}</dt>
        <dd>
          {loaded.rubricVersions
            .map((version) => `v${version.version} (${formatDay(version.createdAt)})`)
            .join(' · ')}
        </dd>
        <dt>{t('office.rubric.template')}</dt>
        <dd className="mono">{draft.template}</dd>
      </dl>
      {loaded.packagesIssued && (
        <div className="notice notice-warn">
          <span>{t('office.rubric.issuedNotice', { next: call.rubricVersion + 1 })}</span>
        </div>
      )}
      <ErrorNotice
        error={error}
        onDismiss={() => {
          stored.clearError();
          action.setError(null);
        }}
      />

      <h2 className="section-title">{t('office.rubric.criteria')}</h2>
      {draft.criteria.map((criterion, index) => (
        <CriterionEditor
          key={index}
          criterion={criterion}
          index={index}
          count={draft.criteria.length}
          onChange={(next) => edit({ ...draft, criteria: replaceAt(draft.criteria, index, next) })}
          onMove={(by) => edit({ ...draft, criteria: move(draft.criteria, index, by) })}
          onRemove={() => edit({ ...draft, criteria: removeAt(draft.criteria, index) })}
        />
      ))}
      <button
        type="button"
        onClick={() => edit({ ...draft, criteria: [...draft.criteria, newCriterion(draft.criteria)] })}
      >
        {t('office.rubric.addCriterion')}
      </button>

      <RubricSettings rubric={draft} onChange={edit} />

      <div className="save-bar" role="region" aria-label={t('office.rubric.saveArea')}>
        {problems.length > 0 ? (
          <div className="notice notice-error" role="alert">
            <div>
              <strong>{t('office.rubric.problemCount', { count: problems.length })}</strong>
              <ul className="problems">
                {problems.map((problem, index) => (
                  <li key={index}>
                    {problem.where && <span className="problem-where">{problem.where}: </span>}
                    {problem.text}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : (
          <OkNotice messages={saved} />
        )}
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => void save()}
            disabled={busy || problems.length > 0}
          >
            {loaded.packagesIssued
              ? t('office.rubric.saveAsVersion', { next: call.rubricVersion + 1 })
              : t('office.common.save')}
          </button>
          <button type="button" onClick={() => edit(loaded.rubric)} disabled={busy}>
            {t('office.rubric.discard')}
          </button>
        </div>
      </div>
    </section>
  );
}
