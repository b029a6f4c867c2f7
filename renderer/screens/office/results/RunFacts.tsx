import { translateOr, useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney, formatNumber } from './format';
import { formatDateTime } from '../../../../shared/text/dates';

/** What the latest run was made with, whether it is still current, and the math's warnings. */
export function RunFacts({ view }: { view: ResultsView }) {
  const { t } = useT();
  const language = currentLanguage();
  const run = view.run;
  if (!run) return <p className="muted">{t('results.ui.run.none')}</p>;
  const references = new Map(view.applications.map((a) => [a.id, a.referenceNo]));
  const reviewers = new Map(view.reviewers.map((r) => [r.id, r.name]));
  // Notices name applications and reviewers by id; show what the officer knows them by.
  const readable = (params: Record<string, string | number>) => {
    const out: Record<string, string | number> = { ...params };
    if (typeof params.application === 'string')
      out.application = references.get(params.application) ?? params.application;
    if (typeof params.applications === 'string') {
      out.applications = params.applications
        .split(', ')
        .map((id) => references.get(id) ?? id)
        .join(', ');
    }
    if (typeof params.reviewer === 'string') out.reviewer = reviewers.get(params.reviewer) ?? params.reviewer;
    return out;
  };
  const p = run.parameters;
  const line =
    p.groups !== null
      ? t('results.ui.run.perChallenge')
      : p.envelope !== null
        ? t('results.ui.run.byEnvelope', { envelope: formatMoney(p.envelope, language) })
        : p.fundable !== null
          ? t('results.ui.run.byCount', { count: p.fundable })
          : t('results.ui.run.noLine');
  return (
    <section className="results-run" aria-label={t('results.ui.run.label')}>
      {run.stale && <div className="notice notice-warn">{t('results.ui.run.stale')}</div>}
      <dl className="results-run-facts">
        <div>
          <dt>{t('results.ui.run.method')}</dt>
          <dd>{t(`results.methods.${p.method}`)}</dd>
        </div>
        <div>
          <dt>{t('results.ui.run.line')}</dt>
          <dd>
            {line}
            {run.fundingLine !== null &&
              ` · ${t('results.ui.run.lineAt', { line: formatNumber(run.fundingLine) })}`}
          </dd>
        </div>
        <div>
          <dt>{t('results.ui.run.seed')}</dt>
          <dd className="mono">{p.seed}</dd>
        </div>
        {run.rhatMax !== null && (
          <div>
            <dt>
              <abbr className="results-explained" title={t('quality.help.rhat')}>
                {t('results.ui.run.rhat')}
              </abbr>
            </dt>
            <dd className={run.rhatMax > 1.05 ? 'results-over' : undefined}>{run.rhatMax.toFixed(3)}</dd>
          </div>
        )}
        <div>
          <dt>{t('results.ui.run.at')}</dt>
          <dd>{formatDateTime(run.createdAt, language)}</dd>
        </div>
      </dl>
      {run.notices.length > 0 && (
        <ul className="results-notices">
          {run.notices.map((notice, index) => (
            <li key={index}>{translateOr(t, notice.code, notice.code, readable(notice.params))}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
