import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import { pick } from '../../../../shared/domain/localized';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatBytes, formatYuan } from '../common/format';
import { ReviewsSideBySide } from '../results/ReviewsSideBySide';
import { BudgetTable } from './BudgetTable';
import { WithdrawPanel } from './WithdrawPanel';

type Detail = ResponseOf<'applications.get'>;
type Recommendations = ResponseOf<'calls.get'>['rubric']['recommendations'];

/** One application: who, what, the lump-sum budget table, attachments, integrity flags and conflicts. */
export function ApplicationDetail({ applicationId, onBack }: { applicationId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<Err | null>(null);
  const [generation, setGeneration] = useState(0);
  const [recommendations, setRecommendations] = useState<Recommendations | null>(null);
  const callId = detail?.callId ?? null;

  useEffect(() => {
    void api()
      .invoke('applications.get', { applicationId })
      .then((result) => (result.ok ? setDetail(result.value) : setError(result)));
  }, [applicationId, generation]);

  // The reviews name recommendations by id; the call's rubric gives their labels.
  useEffect(() => {
    if (callId === null) return;
    void api()
      .invoke('calls.get', { callId })
      .then((result) =>
        result.ok ? setRecommendations(result.value.rubric.recommendations) : setError(result),
      );
  }, [callId]);

  async function download(attachmentId: string) {
    const result = await api().invoke('applications.attachment', { attachmentId });
    if (!result.ok) return setError(result);
    const url = URL.createObjectURL(new Blob([result.value.bytes], { type: 'application/pdf' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="screen office-screen application-detail" aria-labelledby="application-title">
      <div className="screen-heading">
        <button type="button" onClick={onBack}>
          ← {t('office.detail.back')}
        </button>
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
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
            <dt>{t('office.detail.duration')}</dt>
            <dd>
              {detail.durationMonths === null
                ? '—'
                : t('office.detail.months', { count: detail.durationMonths })}
            </dd>
            <dt>{t('office.applications.columns.requestedTotal')}</dt>
            <dd className="strong">{formatYuan(detail.requestedTotal, language)}</dd>
          </dl>

          {detail.status !== 'withdrawn' && (
            <WithdrawPanel
              applicationId={detail.id}
              referenceNo={detail.referenceNo}
              onWithdrawn={() => setGeneration((count) => count + 1)}
            />
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
              <thead>
                <tr>
                  <th scope="col">{t('office.detail.fileName')}</th>
                  <th scope="col" className="num">
                    {t('office.detail.size')}
                  </th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('office.common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.attachments.map((attachment) => (
                  <tr key={attachment.id}>
                    <td>{attachment.fileName}</td>
                    <td className="num">{formatBytes(attachment.size)}</td>
                    <td className="mono" title={attachment.sha256}>
                      {attachment.sha256.slice(0, 16)}…
                    </td>
                    <td>
                      <button type="button" onClick={() => void download(attachment.id)}>
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
                  <span className="tag tag-warn">{t(`office.conflicts.types.${conflict.type}`)}</span>{' '}
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
