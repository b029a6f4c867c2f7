import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { pick } from '../../../../shared/domain/localized';
import { currentLanguage } from '../../../i18n/i18n';
import { formatInterval, formatMoney, formatNumber } from './format';
import { formatDateTime } from '../../../../shared/text/dates';
import { ReportTable } from '../../../components/table/ReportTable';

/**
 * The printable panel report in the UI language, with Chinese text intact (the browser's fonts
 * render it). "Print / save as PDF" prints only this (see results.css, @media print).
 */
export function PanelReport({ view }: { view: ResultsView }) {
  const { t } = useT();
  const language = currentLanguage();
  const rows = [...view.applications].sort(
    (a, b) =>
      (a.challenge?.code ?? '').localeCompare(b.challenge?.code ?? '') ||
      (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
      a.referenceNo.localeCompare(b.referenceNo),
  );
  const run = view.run;
  return (
    <article className="results-report" aria-label={t('results.ui.report.label')}>
      <header>
        <h2>{t('results.ui.report.heading', { call: pick(view.call.title, language) })}</h2>
        <p className="muted">
          {view.call.code} ·{' '}
          {t('results.ui.report.printed', { at: formatDateTime(new Date().toISOString(), language) })}
        </p>
        {run ? (
          <p>
            {t('results.ui.report.run', {
              method: t(`results.methods.${run.parameters.method}`),
              seed: run.parameters.seed,
              at: formatDateTime(run.createdAt, language),
              line: run.fundingLine === null ? '—' : formatNumber(run.fundingLine),
            })}
            {run.rhatMax !== null && ` ${t('results.ui.report.rhat', { rhat: run.rhatMax.toFixed(3) })}`}
          </p>
        ) : (
          <p>{t('results.ui.run.none')}</p>
        )}
        <p>
          {t('results.ui.report.money', {
            envelope: view.money.envelope === null ? '—' : formatMoney(view.money.envelope, language),
            committed: formatMoney(view.money.committed, language),
            remaining: view.money.remaining === null ? '—' : formatMoney(view.money.remaining, language),
          })}
        </p>
      </header>
      <ReportTable
        className="results-report-table"
        rows={rows}
        rowKey={(a) => a.id}
        columns={[
          {
            heading: t('results.ui.table.rank'),
            cell: (a) => (a.ranking ? formatNumber(a.ranking.rank, 1) : ''),
            numeric: true,
          },
          { heading: t('results.ui.table.reference'), cell: (a) => a.referenceNo, className: 'mono' },
          { heading: t('results.ui.table.title'), cell: (a) => a.title },
          { heading: t('results.export.columns.pi'), cell: (a) => a.piName },
          { heading: t('results.ui.table.n'), cell: (a) => a.aggregate.n, numeric: true },
          { heading: t('results.ui.table.mean'), cell: (a) => formatNumber(a.aggregate.mean), numeric: true },
          { heading: t('results.ui.table.er'), cell: (a) => formatNumber(a.ranking?.er), numeric: true },
          {
            heading: t('results.ui.table.cri50'),
            cell: (a) => formatInterval(a.ranking?.cri50),
            numeric: true,
          },
          {
            heading: t('results.ui.table.group'),
            cell: (a) => (
              <>
                {a.ranking?.group
                  ? t(`results.groups.${a.ranking.group}`)
                  : a.excluded
                    ? t('results.ui.flags.excluded')
                    : ''}
                {a.lottery ? ` · ${t(`results.lotteryOutcome.${a.lottery}`)}` : ''}
              </>
            ),
          },
          {
            heading: t('results.ui.table.award'),
            cell: (a) => formatMoney(a.decision?.amount ?? a.award.amount, language),
            numeric: true,
          },
          {
            heading: t('results.ui.table.decision'),
            cell: (a) => (
              <>
                {a.decision ? t(`results.outcomes.${a.decision.outcome}`) : ''}
                {a.decision?.note ? ` — ${a.decision.note}` : ''}
              </>
            ),
          },
        ]}
      />
      {view.lottery.some((pool) => pool.draw) && (
        <section>
          <h3>{t('results.ui.report.lotteries')}</h3>
          <ul>
            {view.lottery
              .filter((pool) => pool.draw)
              .map((pool) => (
                <li key={pool.draw?.id}>
                  {t('results.ui.report.draw', {
                    seed: pool.draw?.record.seed ?? '',
                    places: pool.places,
                    candidates: pool.candidates.length,
                    algorithm: pool.draw?.record.algorithm ?? '',
                  })}
                </li>
              ))}
          </ul>
        </section>
      )}
    </article>
  );
}
