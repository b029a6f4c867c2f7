import { Fragment, useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { pick } from '../../../shared/domain/localized';
import { formatDate, formatDateTime } from '../../../shared/text/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currentLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { ConflictCompare } from './merge/ConflictCompare';
import { CountsTable } from './merge/CountsTable';
import { ProgressTiles } from './merge/ProgressTiles';
import { useReviewProgress } from './merge/progress-store';
import { TableHead } from '../../components/TableHead';
import { RemindersPanel } from './reminders/RemindersPanel';
import './merge/merge.css';

/**
 * 评审进度: per call, per reviewer and per application — assigned, received, recused, overdue —
 * with whom to chase, recusals to reassign and conflicting versions to resolve side by side.
 * It shares its data with the merge screen, which refreshes it as bundles merge.
 */
export function Dashboard() {
  const { t } = useT();
  const id = useId();
  const go = useAppStore((state) => state.go);
  const { calls, callId, dashboard, error, refresh, selectCall } = useReviewProgress();
  const [comparing, setComparing] = useState<string | null>(null);
  const language = currentLanguage();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <section className="screen dashboard-screen" aria-labelledby={`${id}-title`}>
      <div className="section-heading">
        <h1 id={`${id}-title`}>{t('merge.dashboard.title')}</h1>
        <div className="toolbar">
          {calls && calls.length > 0 && (
            <label className="inline-filter">
              <span>{t('merge.dashboard.call')}</span>
              <select value={callId ?? ''} onChange={(event) => void selectCall(event.target.value)}>
                {calls.map((call) => (
                  <option key={call.id} value={call.id}>
                    {call.code} — {pick(call.title, language)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => void refresh()}>
            {t('merge.dashboard.refresh')}
          </button>
        </div>
      </div>
      <ErrorNotice error={error} />
      {calls && calls.length === 0 && <p className="muted">{t('merge.dashboard.noCalls')}</p>}

      {dashboard && (
        <>
          <section className="card" aria-label={t('merge.dashboard.totals')}>
            <p className="muted small">
              {t('merge.dashboard.dueAt')}: {formatDate(dashboard.call.reviewDueAt, language) || '—'}
            </p>
            <ProgressTiles counts={dashboard.call} conflicts={dashboard.call.conflicts} />
          </section>

          <section className="card" aria-labelledby={`${id}-chase`}>
            <h2 id={`${id}-chase`}>{t('merge.dashboard.chase')}</h2>
            <p className="muted small">{t('merge.dashboard.chaseHint')}</p>
            <RemindersPanel
              callId={dashboard.call.id}
              overdueReviewers={dashboard.chase.filter((row) => row.overdue > 0).length}
            />
            {dashboard.chase.length === 0 ? (
              <p className="notice notice-ok">{t('merge.dashboard.chaseNone')}</p>
            ) : (
              <table className="table">
                <TableHead
                  headings={[
                    t('merge.dashboard.reviewer'),
                    t('merge.dashboard.email'),
                    { label: t('merge.dashboard.outstanding'), numeric: true },
                    { label: t('merge.dashboard.overdue'), numeric: true },
                    t('merge.dashboard.dueAt'),
                    t('merge.dashboard.applications'),
                  ]}
                />
                <tbody>
                  {dashboard.chase.map((row) => (
                    <tr key={row.reviewerId}>
                      <td>{row.name}</td>
                      <td>
                        <a href={`mailto:${row.email}`}>{row.email}</a>
                      </td>
                      <td className="num">{row.outstanding}</td>
                      <td className={row.overdue > 0 ? 'num merge-attention' : 'num'}>{row.overdue}</td>
                      <td>{formatDate(row.oldestDueAt, language) || '—'}</td>
                      <td className="merge-references" title={row.applications.join(', ')}>
                        {row.applications.join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="card" aria-labelledby={`${id}-reassign`}>
            <div className="section-heading">
              <h2 id={`${id}-reassign`}>{t('merge.dashboard.reassign')}</h2>
              {dashboard.recusals.length > 0 && (
                <button type="button" className="link" onClick={() => go('office-assignment')}>
                  {t('merge.dashboard.openAssignment')}
                </button>
              )}
            </div>
            <p className="muted small">{t('merge.dashboard.reassignHint')}</p>
            {dashboard.recusals.length === 0 ? (
              <p className="notice notice-ok">{t('merge.dashboard.reassignNone')}</p>
            ) : (
              <table className="table">
                <TableHead
                  headings={[
                    t('merge.dashboard.reference'),
                    t('merge.dashboard.application'),
                    t('merge.dashboard.reviewer'),
                    t('merge.dashboard.reason'),
                    { label: t('merge.dashboard.activeReviewers'), numeric: true },
                  ]}
                />
                <tbody>
                  {dashboard.recusals.map((row) => (
                    <tr key={`${row.applicationId}-${row.reviewerId}`}>
                      <td>{row.referenceNo}</td>
                      <td>{row.title}</td>
                      <td>{row.reviewerName}</td>
                      <td>{row.reason}</td>
                      <td className="num">{row.activeReviewers}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="card" aria-labelledby={`${id}-conflicts`}>
            <h2 id={`${id}-conflicts`}>{t('merge.dashboard.conflicts')}</h2>
            <p className="muted small">{t('merge.dashboard.conflictsHint')}</p>
            {dashboard.conflicts.length === 0 ? (
              <p className="notice notice-ok">{t('merge.dashboard.conflictsNone')}</p>
            ) : (
              <table className="table">
                <TableHead
                  headings={[
                    t('merge.dashboard.reference'),
                    t('merge.dashboard.reviewer'),
                    { label: t('merge.dashboard.revision'), numeric: true },
                    { label: t('merge.dashboard.versions'), numeric: true },
                    { label: <span className="visually-hidden">{t('merge.dashboard.compare')}</span> },
                  ]}
                />
                <tbody>
                  {dashboard.conflicts.map((row) => {
                    const key = `${row.applicationId}|${row.reviewerId}`;
                    const open = comparing === key;
                    return (
                      <Fragment key={key}>
                        <tr>
                          <td>{row.referenceNo}</td>
                          <td>{row.reviewerName}</td>
                          <td className="num">{row.revision}</td>
                          <td className="num">{row.versions}</td>
                          <td>
                            <button
                              type="button"
                              aria-expanded={open}
                              onClick={() => setComparing(open ? null : key)}
                            >
                              {open ? t('merge.dashboard.hideCompare') : t('merge.dashboard.compare')}
                            </button>
                          </td>
                        </tr>
                        {open && callId && (
                          <tr className="compare-row">
                            <td colSpan={5}>
                              <ConflictCompare
                                callId={callId}
                                applicationId={row.applicationId}
                                reviewerId={row.reviewerId}
                              />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>

          <div className="card">
            <CountsTable
              title={t('merge.dashboard.byReviewer')}
              headers={[t('merge.dashboard.reviewer'), t('merge.dashboard.lastBundle')]}
              rows={dashboard.reviewers.map((row) => ({
                ...row,
                search: `${row.name} ${row.email}`,
                cells: [
                  row.name,
                  row.lastBundleAt ? formatDateTime(row.lastBundleAt, language) : t('merge.dashboard.never'),
                ],
              }))}
            />
          </div>
          <div className="card">
            <CountsTable
              title={t('merge.dashboard.byApplication')}
              headers={[t('merge.dashboard.reference'), t('merge.dashboard.application')]}
              rows={dashboard.applications.map((row) => ({
                ...row,
                search: `${row.referenceNo} ${row.title}`,
                cells: [row.referenceNo, row.title],
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
