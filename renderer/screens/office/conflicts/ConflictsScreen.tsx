import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import { conflictTypeSchema, type ConflictType } from '../../../../shared/contract/conflicts';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { CallPicker } from '../common/CallPicker';
import { OkNotice, type Message } from '../common/OkNotice';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { ConflictForm } from './ConflictForm';

type Rows = ResponseOf<'conflicts.list'>;

/** Conflicts of interest (回避) of a call: detected and hand-made, each with its type and reason. */
export function ConflictsScreen() {
  const { t } = useTranslation();
  const { calls, call, callId, setCallId, error: callsError } = useCalls();
  const [rows, setRows] = useState<Rows | null>(null);
  const [type, setType] = useState<ConflictType | ''>('');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<Message[] | null>(null);
  const [error, setError] = useState<Err | null>(null);

  const load = useCallback(async () => {
    if (!callId) return;
    const result = await api().invoke('conflicts.list', { callId, ...(type ? { type } : {}) });
    if (result.ok) setRows(result.value);
    else setError(result);
  }, [callId, type]);
  useEffect(() => {
    void load();
  }, [load]);

  async function detect() {
    if (!callId) return;
    const result = await api().invoke('conflicts.detect', { callId });
    if (!result.ok) return setError(result);
    const { total, added, removed, assignedConflicts } = result.value;
    setNotice([
      { key: 'office.conflicts.detected', params: { total, added, removed } },
      ...(assignedConflicts > 0
        ? [{ key: 'office.conflicts.assignedWarning', params: { count: assignedConflicts } }]
        : []),
    ]);
    await load();
  }

  async function remove(applicationId: string, reviewerId: string) {
    const result = await api().invoke('conflicts.remove', { applicationId, reviewerId });
    if (!result.ok) return setError(result);
    await load();
  }

  return (
    <section className="screen office-screen" aria-labelledby="conflicts-title">
      <div className="screen-heading">
        <h1 id="conflicts-title">{t('office.nav.conflicts')}</h1>
        {call && (
          <div className="toolbar">
            <button type="button" onClick={() => void detect()}>
              {t('office.conflicts.detect')}
            </button>
            <button type="button" className="primary" onClick={() => setAdding(true)}>
              {t('office.conflicts.add')}
            </button>
          </div>
        )}
      </div>
      <CallPicker calls={calls} callId={callId} onChange={setCallId} />
      <ErrorNotice error={callsError ?? error} onDismiss={() => setError(null)} />
      <OkNotice messages={notice} onDismiss={() => setNotice(null)} />
      <p className="muted">{t('office.conflicts.explain')}</p>
      {call && adding && (
        <ConflictForm
          callId={call.id}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void load();
          }}
        />
      )}
      {call && rows && (
        <>
          <div className="toolbar">
            <label className="inline">
              {t('office.conflicts.type')}
              <select value={type} onChange={(event) => setType(event.target.value as ConflictType | '')}>
                <option value="">{t('office.common.all')}</option>
                {conflictTypeSchema.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`office.conflicts.types.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" role="status">
              {t('office.conflicts.count', { count: rows.length })}
            </span>
          </div>
          {rows.length === 0 ? (
            <p className="muted">{t('office.conflicts.empty')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('office.conflicts.application')}</th>
                  <th scope="col">{t('office.conflicts.reviewer')}</th>
                  <th scope="col">{t('office.conflicts.type')}</th>
                  <th scope="col">{t('office.conflicts.reason')}</th>
                  <th scope="col">{t('office.conflicts.source')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('office.common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.applicationId}-${row.reviewerId}-${row.type}`}>
                    <td>
                      <span className="mono">{row.referenceNo}</span>
                      <div className="muted small clip" title={row.title}>
                        {row.title}
                      </div>
                    </td>
                    <td>{row.reviewerName}</td>
                    <td>
                      <span className="tag tag-warn">{t(`office.conflicts.types.${row.type}`)}</span>
                      {row.assigned && (
                        <span className="tag tag-danger">{t('office.conflicts.stillAssigned')}</span>
                      )}
                    </td>
                    <td>{row.reason}</td>
                    <td>{t(`office.conflicts.sources.${row.source}`)}</td>
                    <td>
                      {row.type === 'manual' && (
                        <button
                          type="button"
                          className="link"
                          onClick={() => void remove(row.applicationId, row.reviewerId)}
                        >
                          {t('office.common.remove')}
                        </button>
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
