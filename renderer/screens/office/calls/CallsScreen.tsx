import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { packagesIssued, type Call } from '../../../../shared/domain/call';
import { pick } from '../../../../shared/domain/localized';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDay, formatYuan } from '../common/format';
import { OkNotice, type Message } from '../common/OkNotice';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { CallForm } from './CallForm';
import { RubricEditor } from './RubricEditor';

type Mode =
  { kind: 'list' } | { kind: 'create' } | { kind: 'edit'; call: Call } | { kind: 'rubric'; callId: string };

const statusTag: Record<Call['status'], string> = {
  draft: 'tag',
  reviewing: 'tag tag-ok',
  decided: 'tag tag-ok',
  archived: 'tag tag-warn',
};

/** Calls (项目指南): list, create from a template, edit settings and challenges, archive, open the rubric. */
export function CallsScreen() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [showArchived, setShowArchived] = useState(false);
  const { calls, reload, setCallId, error: loadError } = useCalls(showArchived);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [error, setError] = useState<Err | null>(null);
  const [notice, setNotice] = useState<Message[] | null>(null);

  if (mode.kind === 'rubric')
    return <RubricEditor callId={mode.callId} onClose={() => setMode({ kind: 'list' })} />;

  async function archive(call: Call) {
    if (!window.confirm(t('office.calls.archiveConfirm', { code: call.code }))) return;
    const result = await api().invoke('calls.archive', { callId: call.id });
    if (!result.ok) return setError(result);
    setNotice([{ key: 'office.calls.archived', params: { code: call.code } }]);
    await reload();
  }

  return (
    <section className="screen office-screen" aria-labelledby="calls-title">
      <div className="screen-heading">
        <h1 id="calls-title">{t('office.nav.calls')}</h1>
        {mode.kind === 'list' && (
          <button type="button" className="primary" onClick={() => setMode({ kind: 'create' })}>
            {t('office.calls.new')}
          </button>
        )}
      </div>
      <ErrorNotice error={loadError ?? error} onDismiss={() => setError(null)} />
      <OkNotice messages={notice} onDismiss={() => setNotice(null)} />
      {(mode.kind === 'create' || mode.kind === 'edit') && (
        <CallForm
          key={mode.kind === 'edit' ? mode.call.id : 'new'}
          call={mode.kind === 'edit' ? mode.call : null}
          packagesIssued={mode.kind === 'edit' && packagesIssued(mode.call.status)}
          onCancel={() => setMode({ kind: 'list' })}
          onSaved={(call) => {
            setNotice([
              {
                key: mode.kind === 'edit' ? 'office.calls.savedNotice' : 'office.calls.createdNotice',
                params: { code: call.code },
              },
            ]);
            setCallId(call.id);
            setMode({ kind: 'list' });
            void reload();
          }}
        />
      )}
      {mode.kind === 'list' && (
        <>
          <div className="toolbar">
            <label className="check">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              {t('office.calls.showArchived')}
            </label>
          </div>
          {calls && calls.length === 0 && <p className="muted">{t('office.calls.empty')}</p>}
          {calls && calls.length > 0 && (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('office.calls.code')}</th>
                  <th scope="col">{t('office.calls.title')}</th>
                  <th scope="col">{t('office.calls.category')}</th>
                  <th scope="col">{t('office.calls.status')}</th>
                  <th scope="col" className="num">
                    {t('office.calls.applications')}
                  </th>
                  <th scope="col" className="num">
                    {t('office.calls.budgetEnvelope')}
                  </th>
                  <th scope="col">{t('office.calls.closesAt')}</th>
                  <th scope="col">{t('office.calls.rubric')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('office.common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {calls.map((call) => (
                  <tr key={call.id}>
                    <td className="mono">{call.code}</td>
                    <td>
                      {pick(call.title, language)}
                      {call.category === 'challenge' && (
                        <div className="muted small">
                          {t('office.calls.challengeCount', { count: call.challenges.length })}
                        </div>
                      )}
                    </td>
                    <td>
                      <span className="tag">{t(`office.calls.categories.${call.category}`)}</span>
                      {call.reviewMode === 'blind' && (
                        <span className="tag">{t('office.calls.reviewModes.blind')}</span>
                      )}
                    </td>
                    <td>
                      <span className={statusTag[call.status]}>
                        {t(`office.calls.statuses.${call.status}`)}
                      </span>
                    </td>
                    <td className="num">{call.applicationCount}</td>
                    <td className="num">
                      {call.budgetEnvelope === null ? '—' : formatYuan(call.budgetEnvelope, language)}
                    </td>
                    <td>{formatDay(call.closesAt)}</td>
                    <td>v{call.rubricVersion}</td>
                    <td className="row-actions">
                      <button type="button" onClick={() => setMode({ kind: 'rubric', callId: call.id })}>
                        {t('office.calls.editRubric')}
                      </button>
                      {call.status !== 'archived' && (
                        <>
                          <button type="button" onClick={() => setMode({ kind: 'edit', call })}>
                            {t('office.calls.edit')}
                          </button>
                          <button type="button" className="danger" onClick={() => void archive(call)}>
                            {t('office.calls.archive')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
