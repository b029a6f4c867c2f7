import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { InboxItem, InboxState } from '../../../shared/contract/reviewer';
import { pick } from '../../../shared/domain/localized';
import { useChannel } from '../../api/use-channel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currentLanguage } from '../../i18n/i18n';
import { ApplicationReview } from './ApplicationReview';
import { formatDate, formatNumber, formatYuan } from './format';
import { MyScores } from './MyScores';
import { useReviewerStore } from './reviewer-store';
import { StateTag } from './StateTag';
import './reviewer.css';

type SortKey = 'reference' | 'title' | 'state' | 'due' | 'updated';

const STATES: readonly InboxState[] = ['not-started', 'draft', 'submitted', 'recused', 'exported'];
const DONE: ReadonlySet<InboxState> = new Set(['submitted', 'recused', 'exported']);

function compare(key: SortKey): (a: InboxItem, b: InboxItem) => number {
  const text = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  switch (key) {
    case 'title':
      return (a, b) => text(a.title, b.title);
    case 'state':
      return (a, b) =>
        STATES.indexOf(a.state) - STATES.indexOf(b.state) || text(a.referenceNo, b.referenceNo);
    case 'due':
      return (a, b) => text(a.dueAt ?? '9999', b.dueAt ?? '9999') || text(a.referenceNo, b.referenceNo);
    case 'updated':
      return (a, b) => text(b.updatedAt ?? '', a.updatedAt ?? '') || text(a.referenceNo, b.referenceNo);
    default:
      return (a, b) => text(a.referenceNo, b.referenceNo);
  }
}

function matches(item: InboxItem, query: string): boolean {
  if (query === '') return true;
  const haystack = [
    item.referenceNo,
    item.title,
    item.discipline,
    ...item.keywords,
    item.applicant?.piName ?? '',
    item.applicant?.institution ?? '',
  ]
    .join('\n')
    .toLowerCase();
  return haystack.includes(query);
}

/** Every assigned application and where its review stands; opening one shows reader and form. */
export function Inbox() {
  const applicationId = useReviewerStore((state) => state.applicationId);
  const openApplication = useReviewerStore((state) => state.openApplication);
  if (applicationId)
    return (
      <ApplicationReview
        applicationId={applicationId}
        onClose={() => openApplication(null)}
        onOpen={openApplication}
      />
    );
  return <InboxList onOpen={openApplication} />;
}

function InboxList({ onOpen }: { onOpen: (applicationId: string) => void }) {
  const { t } = useT();
  const language = currentLanguage();
  // A review closed a moment ago may still be saving: the statuses are read after it.
  const [saveSettled, setSaveSettled] = useState(false);
  useEffect(() => {
    void Promise.resolve(useReviewerStore.getState().pendingSave).then(() => setSaveSettled(true));
  }, []);
  const { value: inbox, error, clearError } = useChannel('reviewer.inbox', saveSettled ? {} : null);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<InboxState | 'all'>('all');
  const [callId, setCallId] = useState('all');
  const [sort, setSort] = useState<SortKey>('reference');
  const [showArchived, setShowArchived] = useState(false);
  const [view, setView] = useState<'list' | 'scores'>('list');

  const active = useMemo(() => inbox?.items.filter((item) => !item.archived) ?? [], [inbox]);
  const done = active.filter((item) => DONE.has(item.state)).length;
  const overdue = active.filter((item) => item.overdue).length;
  const archivedCount = (inbox?.items.length ?? 0) - active.length;
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return (inbox?.items ?? [])
      .filter((item) => showArchived || !item.archived)
      .filter((item) => state === 'all' || item.state === state)
      .filter((item) => callId === 'all' || item.callId === callId)
      .filter((item) => matches(item, needle))
      .sort(compare(sort));
  }, [inbox, query, state, callId, sort, showArchived]);

  const setQueue = useReviewerStore((store) => store.setQueue);
  useEffect(() => {
    setQueue(visible.filter((item) => !item.archived).map((item) => item.applicationId));
  }, [visible, setQueue]);

  if (!inbox) {
    return (
      <section className="screen">
        <h1>{t('reviewer.inbox.title')}</h1>
        <ErrorNotice error={error} />
        {!error && <p className="muted">{t('ui.loading')}</p>}
      </section>
    );
  }
  const calls = new Map(inbox.calls.map((call) => [call.id, call]));
  return (
    <section className="screen reviewer-inbox">
      <h1>{t('reviewer.inbox.title')}</h1>
      {inbox.reviewer && (
        <p className="lead">
          {t('reviewer.inbox.reviewer', {
            name: inbox.reviewer.name,
            institution: inbox.reviewer.institution,
          })}
        </p>
      )}
      <ErrorNotice error={error} onDismiss={clearError} />
      {inbox.calls.length === 0 && <p className="notice notice-warn">{t('reviewer.inbox.empty')}</p>}
      <div className="call-cards">
        {inbox.calls.map((call) => (
          <article key={call.id} className="card call-card" aria-label={pick(call.title, language)}>
            <h2>{pick(call.title, language)}</h2>
            <p className="muted">
              <span className="tag">{call.code}</span>
              <span className="tag">{t(`reviewer.categories.${call.category}`)}</span>
              {call.dueAt
                ? t('reviewer.inbox.due', { date: formatDate(call.dueAt, language) })
                : t('reviewer.inbox.noDue')}
              {' · '}
              {t('reviewer.inbox.packageVersion', { version: call.packageVersion, office: call.officeName })}
            </p>
            {call.reviewMode === 'blind' && <p className="tag tag-warn">{t('reviewer.inbox.blind')}</p>}
          </article>
        ))}
      </div>
      {active.length > 0 && (
        <div className="inbox-progress">
          <span id="inbox-progress-label">
            {t('reviewer.inbox.progress', { done, total: active.length })}
          </span>
          <progress max={active.length} value={done} aria-labelledby="inbox-progress-label" />
          {overdue > 0 && (
            <span className="tag tag-danger">{t('reviewer.inbox.overdueCount', { count: overdue })}</span>
          )}
        </div>
      )}
      <div className="view-switch" role="group" aria-label={t('reviewer.myScores.views')}>
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          {t('reviewer.myScores.list')}
        </button>
        <button type="button" aria-pressed={view === 'scores'} onClick={() => setView('scores')}>
          {t('reviewer.myScores.title')}
        </button>
      </div>
      {view === 'scores' && <MyScores inbox={inbox} onOpen={onOpen} />}
      {view === 'list' && (
        <>
          <div className="toolbar">
            <label className="toolbar-field">
              {t('reviewer.inbox.search')}
              <input
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                placeholder={t('reviewer.inbox.searchPlaceholder')}
              />
            </label>
            <label className="toolbar-field">
              {t('reviewer.inbox.status')}
              <select value={state} onChange={(event) => setState(event.target.value as InboxState | 'all')}>
                <option value="all">{t('reviewer.inbox.allStates')}</option>
                {STATES.map((value) => (
                  <option key={value} value={value}>
                    {t(`reviewer.states.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            {inbox.calls.length > 1 && (
              <label className="toolbar-field">
                {t('reviewer.inbox.call')}
                <select value={callId} onChange={(event) => setCallId(event.target.value)}>
                  <option value="all">{t('reviewer.inbox.allCalls')}</option>
                  {inbox.calls.map((call) => (
                    <option key={call.id} value={call.id}>
                      {call.code}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="toolbar-field">
              {t('reviewer.inbox.sort')}
              <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
                <option value="reference">{t('reviewer.inbox.sortReference')}</option>
                <option value="title">{t('reviewer.inbox.sortTitle')}</option>
                <option value="state">{t('reviewer.inbox.sortState')}</option>
                <option value="due">{t('reviewer.inbox.sortDue')}</option>
                <option value="updated">{t('reviewer.inbox.sortUpdated')}</option>
              </select>
            </label>
            {archivedCount > 0 && (
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={showArchived}
                  onChange={(event) => setShowArchived(event.target.checked)}
                />
                {t('reviewer.inbox.showArchived')} ({archivedCount})
              </label>
            )}
          </div>
          {active.length > 0 && (
            <table className="table inbox-table">
              <thead>
                <tr>
                  <th scope="col">{t('reviewer.inbox.columns.reference')}</th>
                  <th scope="col">{t('reviewer.inbox.columns.title')}</th>
                  <th scope="col">{t('reviewer.inbox.columns.applicant')}</th>
                  <th scope="col" className="num">
                    {t('reviewer.inbox.columns.requested')}
                  </th>
                  <th scope="col">{t('reviewer.inbox.columns.due')}</th>
                  <th scope="col">{t('reviewer.inbox.columns.status')}</th>
                  <th scope="col" className="num">
                    {t('reviewer.inbox.columns.score')}
                  </th>
                  <th scope="col">{t('reviewer.inbox.columns.action')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((item) => (
                  <tr key={item.applicationId} className={item.archived ? 'archived' : undefined}>
                    <td className="mono">{item.referenceNo}</td>
                    <td>
                      <div className="inbox-title">{item.title}</div>
                      <div className="muted small">
                        {calls.size > 1 && <span className="tag">{calls.get(item.callId)?.code}</span>}
                        {item.keywords.join(' · ')}
                      </div>
                    </td>
                    <td>
                      {item.applicant ? (
                        <>
                          <div>{item.applicant.piName}</div>
                          <div className="muted small">{item.applicant.institution}</div>
                        </>
                      ) : (
                        <span className="muted">{t('reviewer.inbox.hidden')}</span>
                      )}
                    </td>
                    <td className="num">{formatYuan(item.requestedTotal, language)}</td>
                    <td>
                      {formatDate(item.dueAt, language)}
                      {item.overdue && <span className="tag tag-danger">{t('reviewer.inbox.overdue')}</span>}
                    </td>
                    <td>
                      <StateTag state={item.state} recused={item.recused} />
                      {item.archived && <span className="tag">{t('reviewer.inbox.archived')}</span>}
                    </td>
                    <td className="num">
                      {item.overall === null ? '—' : formatNumber(item.overall, language)}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => onOpen(item.applicationId)}
                        aria-label={t('reviewer.inbox.openReviewLabel', { reference: item.referenceNo })}
                      >
                        {t('reviewer.inbox.openReview')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {active.length > 0 && visible.length === 0 && (
            <p className="muted">{t('reviewer.inbox.noMatch')}</p>
          )}
        </>
      )}
    </section>
  );
}
