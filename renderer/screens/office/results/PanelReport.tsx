import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { pick } from '../../../../shared/domain/localized';
import { currentLanguage } from '../../../i18n/i18n';
import { formatInterval, formatMoney, formatNumber } from './format';
import { formatDateTime } from '../../../../shared/text/dates';
import { TableHead } from '../../../components/TableHead';

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
      <table className="table results-report-table">
        <TableHead
          headings={[
            t('results.ui.table.rank'),
            t('results.ui.table.reference'),
            t('results.ui.table.title'),
            t('results.export.columns.pi'),
            { label: t('results.ui.table.n'), numeric: true },
            { label: t('results.ui.table.mean'), numeric: true },
            { label: t('results.ui.table.er'), numeric: true },
            { label: t('results.ui.table.cri50'), numeric: true },
            t('results.ui.table.group'),
            { label: t('results.ui.table.award'), numeric: true },
            t('results.ui.table.decision'),
          ]}
        />
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td className="num">{a.ranking ? formatNumber(a.ranking.rank, 1) : ''}</td>
              <td className="mono">{a.referenceNo}</td>
              <td>{a.title}</td>
              <td>{a.piName}</td>
              <td className="num">{a.aggregate.n}</td>
              <td className="num">{formatNumber(a.aggregate.mean)}</td>
              <td className="num">{formatNumber(a.ranking?.er)}</td>
              <td className="num">{formatInterval(a.ranking?.cri50)}</td>
              <td>
                {a.ranking?.group
                  ? t(`results.groups.${a.ranking.group}`)
                  : a.excluded
                    ? t('results.ui.flags.excluded')
                    : ''}
                {a.lottery ? ` · ${t(`results.lotteryOutcome.${a.lottery}`)}` : ''}
              </td>
              <td className="num">{formatMoney(a.decision?.amount ?? a.award.amount, language)}</td>
              <td>
                {a.decision ? t(`results.outcomes.${a.decision.outcome}`) : ''}
                {a.decision?.note ? ` — ${a.decision.note}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
