import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { CallPicker } from '../common/CallPicker';
import { formatDay } from '../common/format';
import { ImportPanel } from '../common/ImportPanel';
import { OkNotice, type Message } from '../common/OkNotice';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { IntegrityEntryForm } from './IntegrityEntryForm';

type Entries = ResponseOf<'integrity.list'>;
type Flags = ResponseOf<'integrity.flags'>;

/** The integrity list (科研诚信) and, per call, the applications it flags and why. */
export function IntegrityScreen() {
  const { t } = useTranslation();
  const { calls, call, callId, setCallId, error: callsError } = useCalls();
  const [entries, setEntries] = useState<Entries | null>(null);
  const [flags, setFlags] = useState<Flags | null>(null);
  const [panel, setPanel] = useState<'none' | 'import' | 'add'>('none');
  const [notice, setNotice] = useState<Message[] | null>(null);
  const [error, setError] = useState<Err | null>(null);

  const load = useCallback(async () => {
    const list = await api().invoke('integrity.list', {});
    if (list.ok) setEntries(list.value);
    else setError(list);
    if (!callId) return setFlags(null);
    const flagged = await api().invoke('integrity.flags', { callId });
    if (flagged.ok) setFlags(flagged.value);
    else setError(flagged);
  }, [callId]);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove(entryId: string, name: string) {
    if (!window.confirm(t('office.integrity.deleteConfirm', { name }))) return;
    const result = await api().invoke('integrity.delete', { entryId });
    if (!result.ok) return setError(result);
    await load();
  }

  async function rematch() {
    if (!callId) return;
    const result = await api().invoke('integrity.match', { callId });
    if (!result.ok) return setError(result);
    setNotice([{ key: 'office.integrity.matched', params: result.value }]);
    await load();
  }

  return (
    <section className="screen office-screen" aria-labelledby="integrity-title">
      <div className="screen-heading">
        <h1 id="integrity-title">{t('office.nav.integrity')}</h1>
        <div className="toolbar">
          <button
            type="button"
            onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
            aria-expanded={panel === 'import'}
          >
            {panel === 'import' ? t('office.import.close') : t('office.integrity.import')}
          </button>
          <button type="button" className="primary" onClick={() => setPanel('add')}>
            {t('office.integrity.add')}
          </button>
        </div>
      </div>
      <ErrorNotice error={callsError ?? error} onDismiss={() => setError(null)} />
      <OkNotice messages={notice} onDismiss={() => setNotice(null)} />
      {panel === 'import' && (
        <ImportPanel
          title={t('office.integrity.importTitle')}
          hint={t('office.integrity.importHint')}
          run={(request, options) => api().invoke('integrity.import', request, options)}
          onCommitted={() => void load()}
        />
      )}
      {panel === 'add' && (
        <IntegrityEntryForm
          onCancel={() => setPanel('none')}
          onSaved={() => {
            setPanel('none');
            void load();
          }}
        />
      )}

      <h2 className="section-title">{t('office.integrity.flagsTitle')}</h2>
      <div className="toolbar">
        <CallPicker calls={calls} callId={callId} onChange={setCallId} />
        {call && (
          <button type="button" onClick={() => void rematch()}>
            {t('office.integrity.rematch')}
          </button>
        )}
      </div>
      {call && (
        <p className="muted">
          {call.integrityMakesIneligible
            ? t('office.integrity.settingIneligible')
            : t('office.integrity.settingFlagOnly')}
        </p>
      )}
      {flags && flags.length === 0 && <p className="muted">{t('office.integrity.noFlags')}</p>}
      {flags && flags.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('office.applications.columns.referenceNo')}</th>
              <th scope="col">{t('office.applications.columns.title')}</th>
              <th scope="col">{t('office.applications.columns.piName')}</th>
              <th scope="col">{t('office.integrity.match')}</th>
              <th scope="col">{t('office.integrity.reason')}</th>
              <th scope="col">{t('office.applications.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {flags.map((flag) => (
              <tr key={`${flag.applicationId}-${flag.entryId}`}>
                <td className="mono">{flag.referenceNo}</td>
                <td>{flag.title}</td>
                <td>
                  {flag.piName}
                  <div className="muted small">{flag.institution}</div>
                </td>
                <td>{t(`office.integrity.matchedBy.${flag.matchedBy}`, { name: flag.entryName })}</td>
                <td>
                  {flag.entryReason}
                  {flag.source && <div className="muted small">{flag.source}</div>}
                </td>
                <td>
                  <span className={flag.status === 'ineligible' ? 'tag tag-danger' : 'tag tag-warn'}>
                    {t(`office.applications.statuses.${flag.status}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="section-title">{t('office.integrity.entriesTitle', { count: entries?.length ?? 0 })}</h2>
      {entries && entries.length === 0 && <p className="muted">{t('office.integrity.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('office.integrity.kind')}</th>
              <th scope="col">{t('office.integrity.name')}</th>
              <th scope="col">{t('office.integrity.period')}</th>
              <th scope="col">{t('office.integrity.source')}</th>
              <th scope="col">{t('office.integrity.reason')}</th>
              <th scope="col" className="num">
                {t('office.integrity.flagCount')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('office.common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <span className="tag">{t(`office.integrity.kinds.${entry.kind}`)}</span>
                </td>
                <td>
                  {entry.name}
                  {entry.institution && <div className="muted small">{entry.institution}</div>}
                </td>
                <td>
                  {formatDay(entry.validFrom)} –{' '}
                  {entry.validTo ? formatDay(entry.validTo) : t('office.integrity.openEnded')}
                </td>
                <td>{entry.source}</td>
                <td>{entry.reason}</td>
                <td className="num">{entry.flagCount}</td>
                <td>
                  <button type="button" className="link" onClick={() => void remove(entry.id, entry.name)}>
                    {t('office.common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
