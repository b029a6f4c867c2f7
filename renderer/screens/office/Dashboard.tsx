import { useEffect, useId, useState } from 'react';
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
import { ReportTable } from '../../components/table/ReportTable';
import { DashboardSection } from './merge/DashboardSection';
import { RemindersPanel } from './reminders/RemindersPanel';
import './merge/merge.css';

/** A conflicting review: one application's review by one reviewer. */
const conflictKey = (row: { applicationId: string; reviewerId: string }) =>
  `${row.applicationId}|${row.reviewerId}`;

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

          <DashboardSection title={t('merge.dashboard.chase')} hint={t('merge.dashboard.chaseHint')}>
            <RemindersPanel
              callId={dashboard.call.id}
              overdueReviewers={dashboard.chase.filter((row) => row.overdue > 0).length}
            />
            <ReportTable
              rows={dashboard.chase}
              rowKey={(row) => row.reviewerId}
              empty={<p className="notice notice-ok">{t('merge.dashboard.chaseNone')}</p>}
              columns={[
                { heading: t('merge.dashboard.reviewer'), cell: (row) => row.name },
                {
                  heading: t('merge.dashboard.email'),
                  cell: (row) => <a href={`mailto:${row.email}`}>{row.email}</a>,
                },
                { heading: t('merge.dashboard.outstanding'), numeric: true, cell: (row) => row.outstanding },
                {
                  heading: t('merge.dashboard.overdue'),
                  numeric: true,
                  cell: (row) => row.overdue,
                  className: (row) => (row.overdue > 0 ? 'merge-attention' : undefined),
                },
                {
                  heading: t('merge.dashboard.dueAt'),
                  cell: (row) => formatDate(row.oldestDueAt, language) || '—',
                },
                {
                  heading: t('merge.dashboard.applications'),
                  cell: (row) => row.applications.join(', '),
                  className: 'merge-references',
                  title: (row) => row.applications.join(', '),
                },
              ]}
            />
          </DashboardSection>

          <DashboardSection
            title={t('merge.dashboard.reassign')}
            hint={t('merge.dashboard.reassignHint')}
            action={
              dashboard.recusals.length > 0 && (
                <button type="button" className="link" onClick={() => go('office-assignment')}>
                  {t('merge.dashboard.openAssignment')}
                </button>
              )
            }
          >
            <ReportTable
              rows={dashboard.recusals}
              rowKey={(row) => `${row.applicationId}-${row.reviewerId}`}
              empty={<p className="notice notice-ok">{t('merge.dashboard.reassignNone')}</p>}
              columns={[
                { heading: t('merge.dashboard.reference'), cell: (row) => row.referenceNo },
                { heading: t('merge.dashboard.application'), cell: (row) => row.title },
                { heading: t('merge.dashboard.reviewer'), cell: (row) => row.reviewerName },
                { heading: t('merge.dashboard.reason'), cell: (row) => row.reason },
                {
                  heading: t('merge.dashboard.activeReviewers'),
                  numeric: true,
                  cell: (row) => row.activeReviewers,
                },
              ]}
            />
          </DashboardSection>

          <DashboardSection title={t('merge.dashboard.conflicts')} hint={t('merge.dashboard.conflictsHint')}>
            <ReportTable
              rows={dashboard.conflicts}
              rowKey={conflictKey}
              empty={<p className="notice notice-ok">{t('merge.dashboard.conflictsNone')}</p>}
              columns={[
                { heading: t('merge.dashboard.reference'), cell: (row) => row.referenceNo },
                { heading: t('merge.dashboard.reviewer'), cell: (row) => row.reviewerName },
                { heading: t('merge.dashboard.revision'), numeric: true, cell: (row) => row.revision },
                { heading: t('merge.dashboard.versions'), numeric: true, cell: (row) => row.versions },
                {
                  heading: { label: <span className="visually-hidden">{t('merge.dashboard.compare')}</span> },
                  cell: (row) => {
                    const open = comparing === conflictKey(row);
                    return (
                      <button
                        type="button"
                        aria-expanded={open}
                        onClick={() => setComparing(open ? null : conflictKey(row))}
                      >
                        {open ? t('merge.dashboard.hideCompare') : t('merge.dashboard.compare')}
                      </button>
                    );
                  },
                },
              ]}
              detail={(row) =>
                comparing === conflictKey(row) && callId ? (
                  <ConflictCompare
                    callId={callId}
                    applicationId={row.applicationId}
                    reviewerId={row.reviewerId}
                  />
                ) : null
              }
            />
          </DashboardSection>

          <CountsTable
            title={t('merge.dashboard.byReviewer')}
            rows={dashboard.reviewers}
            search={(row) => `${row.name} ${row.email}`}
            columns={[
              { heading: t('merge.dashboard.reviewer'), cell: (row) => row.name },
              {
                heading: t('merge.dashboard.lastBundle'),
                cell: (row) =>
                  row.lastBundleAt ? formatDateTime(row.lastBundleAt, language) : t('merge.dashboard.never'),
              },
            ]}
          />
          <CountsTable
            title={t('merge.dashboard.byApplication')}
            rows={dashboard.applications}
            search={(row) => `${row.referenceNo} ${row.title}`}
            columns={[
              { heading: t('merge.dashboard.reference'), cell: (row) => row.referenceNo },
              { heading: t('merge.dashboard.application'), cell: (row) => row.title },
            ]}
          />
        </>
      )}
    </section>
  );
}
