import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import type { ApplicationSort, ApplicationStatus } from '../../../../shared/domain/application';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { CallPicker } from '../common/CallPicker';
import { ImportPanel } from '../common/ImportPanel';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationsTable } from './ApplicationsTable';

type List = ResponseOf<'applications.list'>;

/** Search waits this long after the last keystroke. */
const SEARCH_DELAY_MS = 250;

/** Applications of a call: import (with PDFs), full-text search, filters, sort, and detail. */
export function ApplicationsScreen() {
  const { t } = useTranslation();
  const { calls, call, callId, setCallId, reload: reloadCalls, error: callsError } = useCalls();
  const [list, setList] = useState<List | null>(null);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [discipline, setDiscipline] = useState('');
  const [challenge, setChallenge] = useState('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [sort, setSort] = useState<ApplicationSort>('referenceNo');
  const [descending, setDescending] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [error, setError] = useState<Err | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const load = useCallback(async () => {
    if (!callId) return;
    const result = await api().invoke('applications.list', {
      callId,
      query: debounced,
      statuses: status ? [status] : [],
      ...(discipline ? { discipline } : {}),
      ...(challenge ? { challengeCode: challenge } : {}),
      flaggedOnly,
      sort,
      descending,
    });
    if (result.ok) {
      setList(result.value);
      setError(null);
    } else setError(result);
  }, [callId, debounced, status, discipline, challenge, flaggedOnly, sort, descending]);

  useEffect(() => {
    void load();
  }, [load]);

  if (openId) return <ApplicationDetail applicationId={openId} onBack={() => setOpenId(null)} />;

  return (
    <section className="screen office-screen" aria-labelledby="applications-title">
      <div className="screen-heading">
        <h1 id="applications-title">{t('office.nav.applications')}</h1>
        {call && (
          <button
            type="button"
            className={importing ? '' : 'primary'}
            onClick={() => setImporting(!importing)}
            aria-expanded={importing}
          >
            {importing ? t('office.import.close') : t('office.applications.import')}
          </button>
        )}
      </div>
      <CallPicker calls={calls} callId={callId} onChange={setCallId} />
      <ErrorNotice error={callsError ?? error} onDismiss={() => setError(null)} />
      {call && importing && (
        <ImportPanel
          title={t('office.applications.importTitle', { code: call.code })}
          hint={t('office.applications.importHint')}
          withAttachments
          run={(request, options) =>
            api().invoke('applications.import', { callId: call.id, ...request }, options)
          }
          onCommitted={() => {
            void load();
            void reloadCalls();
          }}
        />
      )}
      {call && list && (
        <>
          <div className="toolbar filters" role="search">
            <label className="inline">
              <span className="visually-hidden">{t('office.applications.search')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('office.applications.searchPlaceholder')}
                onChange={(event) => setQuery(event.target.value)}
              />
            </label>
            <label className="inline">
              {t('office.applications.columns.status')}
              <select
                value={status}
                onChange={(event) => setStatus(event.target.value as ApplicationStatus | '')}
              >
                <option value="">{t('office.common.all')}</option>
                {(['active', 'ineligible', 'withdrawn', 'archived'] as const).map((value) => (
                  <option key={value} value={value}>
                    {t(`office.applications.statuses.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline">
              {t('office.applications.columns.discipline')}
              <select value={discipline} onChange={(event) => setDiscipline(event.target.value)}>
                <option value="">{t('office.common.all')}</option>
                {list.disciplines.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </label>
            {call.category === 'challenge' && (
              <label className="inline">
                {t('office.detail.challenge')}
                <select value={challenge} onChange={(event) => setChallenge(event.target.value)}>
                  <option value="">{t('office.common.all')}</option>
                  {call.challenges.map((entry) => (
                    <option key={entry.id} value={entry.code}>
                      {entry.code}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="check inline">
              <input
                type="checkbox"
                checked={flaggedOnly}
                onChange={(event) => setFlaggedOnly(event.target.checked)}
              />
              {t('office.applications.flaggedOnly')}
            </label>
            <span className="muted count" role="status">
              {t('office.applications.count', { shown: list.rows.length, total: list.total })}
            </span>
          </div>
          {list.rows.length === 0 ? (
            <p className="muted">
              {debounced || status || discipline || flaggedOnly
                ? t('office.applications.noMatch')
                : t('office.applications.empty')}
            </p>
          ) : (
            <ApplicationsTable
              rows={list.rows}
              sort={sort}
              descending={descending}
              onSort={(next, nextDescending) => {
                setSort(next);
                setDescending(nextDescending);
              }}
              onOpen={setOpenId}
            />
          )}
        </>
      )}
    </section>
  );
}
