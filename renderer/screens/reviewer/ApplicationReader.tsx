import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { ApplicationDetail } from '../../../shared/contract/reviewer';
import { pick } from '../../../shared/domain/localized';
import { currentLanguage } from '../../i18n/i18n';
import { BudgetTable } from './BudgetTable';
import { formatYuan } from './format';
import { PdfViewer } from './PdfViewer';

type Tab = 'details' | 'budget' | 'documents';
const TABS: readonly Tab[] = ['details', 'budget', 'documents'];

/** What the application says: metadata, abstract, team, the lump-sum budget and its PDFs. */
export function ApplicationReader({ detail }: { detail: ApplicationDetail }) {
  const { t } = useT();
  const id = useId();
  const [tab, setTab] = useState<Tab>('details');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    details: null,
    budget: null,
    documents: null,
  });
  const { application, call } = detail;
  const language = currentLanguage();
  const none = t('reviewer.reader.none');

  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as Tab;
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const label = (which: Tab) =>
    which === 'documents'
      ? t('reviewer.reader.tabs.documents', { count: application.attachments.length })
      : t(`reviewer.reader.tabs.${which}`);

  return (
    <div className="reader">
      <div role="tablist" aria-label={t('reviewer.reader.tabsLabel')} className="tabs" onKeyDown={onKey}>
        {TABS.map((which) => (
          <button
            key={which}
            ref={(element) => {
              tabRefs.current[which] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${which}`}
            aria-selected={tab === which}
            aria-controls={`${id}-panel-${which}`}
            tabIndex={tab === which ? 0 : -1}
            className={tab === which ? 'tab active' : 'tab'}
            onClick={() => setTab(which)}
          >
            {label(which)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-${tab}`}
        aria-labelledby={`${id}-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 'details' && (
          <>
            <dl className="facts">
              <dt>{t('reviewer.reader.reference')}</dt>
              <dd className="mono">{application.referenceNo}</dd>
              <dt>{t('reviewer.reader.call')}</dt>
              <dd>
                {pick(call.title, language)}{' '}
                <span className="tag">{t(`reviewer.categories.${call.category}`)}</span>
              </dd>
              <dt>{t('reviewer.reader.discipline')}</dt>
              <dd>{application.discipline || none}</dd>
              {application.challenge && (
                <>
                  <dt>{t('reviewer.reader.challenge')}</dt>
                  <dd>
                    {application.challenge.code} {pick(application.challenge.title, language)}
                  </dd>
                </>
              )}
              <dt>{t('reviewer.reader.pi')}</dt>
              <dd>
                {application.applicant?.piName ?? <em className="muted">{t('reviewer.reader.blind')}</em>}
              </dd>
              <dt>{t('reviewer.reader.institution')}</dt>
              <dd>
                {application.applicant?.institution ?? (
                  <em className="muted">{t('reviewer.reader.blind')}</em>
                )}
              </dd>
              {application.applicant && (
                <>
                  <dt>{t('reviewer.reader.email')}</dt>
                  <dd>{application.applicant.email || none}</dd>
                  <dt>{t('reviewer.reader.team')}</dt>
                  <dd>{application.applicant.team.join('、') || none}</dd>
                </>
              )}
              <dt>{t('reviewer.reader.duration')}</dt>
              <dd>
                {application.durationMonths === null
                  ? none
                  : t('reviewer.reader.months', { count: application.durationMonths })}
              </dd>
              <dt>{t('reviewer.reader.requested')}</dt>
              <dd>{formatYuan(application.requestedTotal, language)}</dd>
            </dl>
            <h2 className="section-title">{t('reviewer.reader.abstract')}</h2>
            <p className="abstract">{application.abstract || none}</p>
            <h2 className="section-title">{t('reviewer.reader.keywords')}</h2>
            <p>
              {application.keywords.map((keyword) => (
                <span key={keyword} className="tag">
                  {keyword}
                </span>
              ))}
            </p>
          </>
        )}
        {tab === 'budget' && (
          <BudgetTable lines={application.budgetLines} requestedTotal={application.requestedTotal} />
        )}
        {tab === 'documents' && <PdfViewer attachments={application.attachments} />}
      </div>
    </div>
  );
}
