import { useState } from 'react';
import { translateOr, useT } from '../../../i18n/use-t';
import { pick } from '../../../../shared/domain/localized';
import { useAction, useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { OkNotice, type Message } from '../../../components/OkNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatBytes, formatYuan } from '../common/format';
import { download } from '../results/format';
import { ReviewsSideBySide } from '../results/ReviewsSideBySide';
import { BudgetTable } from './BudgetTable';
import { EditApplicationForm } from './EditApplicationForm';
import { WithdrawPanel } from './WithdrawPanel';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { TableHead } from '../../../components/TableHead';

/** One application: who, what, the lump-sum budget table, attachments, integrity flags and conflicts. */
export function ApplicationDetail({ applicationId, onBack }: { applicationId: string; onBack: () => void }) {
  const { t } = useT();
  const language = currentLanguage();
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Message[] | null>(null);
  const loaded = useChannel('applications.get', { applicationId });
  const detail = loaded.value;
  // The reviews name recommendations by id; the call's rubric gives their labels.
  const call = useChannel('calls.get', detail ? { callId: detail.callId } : null);
  const recommendations = call.value?.rubric.recommendations ?? null;
  const action = useAction();

  async function open(attachmentId: string) {
    const file = await action.run('applications.attachment', { attachmentId });
    if (file) download({ ...file, mediaType: 'application/pdf' });
  }

  const reload = () => {
    setGeneration((count) => count + 1);
    void loaded.reload();
  };
  const withdrawn = detail?.status === 'withdrawn';
  const attachmentHeadings = [
    t('office.detail.fileName'),
    { label: t('office.detail.size'), numeric: true },
    'SHA-256',
    { label: <span className="visually-hidden">{t('office.common.actions')}</span> },
  ];

  return (
    <section className="screen office-screen application-detail" aria-labelledby="application-title">
      <div className="screen-heading">
        <button type="button" onClick={onBack}>
          ← {t('office.detail.back')}
        </button>
      </div>
      <ErrorNotice
        error={loaded.error ?? call.error ?? action.error}
        onDismiss={() => {
          loaded.clearError();
          call.clearError();
          action.setError(null);
        }}
      />
      <OkNotice messages={notice} onDismiss={() => setNotice(null)} />
      {detail && (
        <>
          <h1 id="application-title">
            <span className="mono ref">{detail.referenceNo}</span> {detail.title}
          </h1>
          {detail.integrityFlags.length > 0 && (
            <div className="notice notice-error" role="alert">
              <div>
                <strong>{t('office.detail.flagged')}</strong>
                <ul>
                  {detail.integrityFlags.map((flag) => (
                    <li key={flag.entryId}>
                      {t(`office.integrity.matchedBy.${flag.matchedBy}`, { name: flag.entryName })}
                      {flag.entryReason && ` — ${flag.entryReason}`}
                      {flag.source && ` (${flag.source})`}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <dl className="facts">
            <dt>{t('office.applications.columns.status')}</dt>
            <dd>{t(`office.applications.statuses.${detail.status}`)}</dd>
            <dt>{t('office.applications.columns.piName')}</dt>
            <dd>{detail.piName}</dd>
            <dt>{t('office.applications.columns.institution')}</dt>
            <dd>{detail.institution}</dd>
            <dt>{t('office.detail.email')}</dt>
            <dd>{detail.email || '—'}</dd>
            <dt>{t('office.detail.team')}</dt>
            <dd>{detail.team.length > 0 ? detail.team.join(t('office.common.listSeparator')) : '—'}</dd>
            <dt>{t('office.applications.columns.discipline')}</dt>
            <dd>{detail.discipline || '—'}</dd>
            {detail.challengeCode && (
              <>
                <dt>{t('office.detail.challenge')}</dt>
                <dd>
                  {detail.challengeCode}
                  {detail.challengeTitle && ` — ${pick(detail.challengeTitle, language)}`}
                </dd>
              </>
            )}
            <dt>{t('office.detail.keywords')}</dt>
            <dd>
              {detail.keywords.length > 0
                ? detail.keywords.map((keyword) => (
                    <span className="tag" key={keyword}>
                      {keyword}
                    </span>
                  ))
                : '—'}
            </dd>
            <dt>{t('office.applications.edit.languages')}</dt>
            <dd>
              {detail.languages.length > 0
                ? detail.languages
                    .map((code) =>
                      code === 'zh' || code === 'en' ? t(`office.applications.edit.language.${code}`) : code,
                    )
                    .join(t('office.common.listSeparator'))
                : '—'}
            </dd>
            <dt>{t('office.detail.duration')}</dt>
            <dd>
              {detail.durationMonths === null
                ? '—'
                : t('office.detail.months', { count: detail.durationMonths })}
            </dd>
            <dt>{t('office.applications.columns.requestedTotal')}</dt>
            <dd className="strong">{formatYuan(detail.requestedTotal, language)}</dd>
          </dl>

          {editing ? (
            <EditApplicationForm
              detail={detail}
              onCancel={() => setEditing(false)}
              onSaved={(changed) => {
                setEditing(false);
                setNotice([
                  changed === 0
                    ? { key: 'office.applications.edit.unchanged' }
                    : { key: 'office.applications.edit.saved', params: { count: changed } },
                ]);
                reload();
              }}
            />
          ) : (
            <div className="toolbar">
              <ReasonedButton
                blocked={withdrawn ? t('office.applications.edit.withdrawnWhy') : null}
                busy={false}
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                {t('office.applications.edit.open')}
              </ReasonedButton>
              {!withdrawn && <WithdrawPanel application={detail} onWithdrawn={reload} />}
            </div>
          )}

          <h2 className="section-title">{t('office.detail.abstract')}</h2>
          <p className="abstract">{detail.abstract || t('office.detail.noAbstract')}</p>

          <h2 className="section-title">{t('office.detail.budget')}</h2>
          <BudgetTable lines={detail.budgetLines} requestedTotal={detail.requestedTotal} />

          <h2 className="section-title">{t('office.detail.attachments')}</h2>
          {detail.attachments.length === 0 ? (
            <p className="muted">{t('office.detail.noAttachments')}</p>
          ) : (
            <table className="table">
              <TableHead headings={attachmentHeadings} />
              <tbody>
                {detail.attachments.map((attachment) => (
                  <tr key={attachment.id}>
                    <td>{attachment.fileName}</td>
                    <td className="num">{formatBytes(attachment.size)}</td>
                    <td className="mono" title={attachment.sha256}>
                      {attachment.sha256.slice(0, 16)}…
                    </td>
                    <td>
                      <button type="button" onClick={() => void open(attachment.id)}>
                        {t('office.detail.download')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h2 className="section-title">{t('office.detail.reviews')}</h2>
          {recommendations && (
            <ReviewsSideBySide
              callId={detail.callId}
              applicationId={detail.id}
              recommendations={recommendations}
              key={generation}
            />
          )}

          <h2 className="section-title">{t('office.nav.conflicts')}</h2>
          {detail.conflicts.length === 0 ? (
            <p className="muted">{t('office.detail.noConflicts')}</p>
          ) : (
            <ul className="plain-list">
              {detail.conflicts.map((conflict) => (
                <li key={`${conflict.reviewerId}-${conflict.type}`}>
                  <span className="tag tag-warn">
                    {translateOr(t, `office.conflicts.types.${conflict.type}`, conflict.type)}
                  </span>{' '}
                  {conflict.reviewerName}
                  {conflict.reason && <span className="muted"> — {conflict.reason}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
