import { useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../../shared/i18n/message-key';
import type { MoneySummary as Money } from '../../../../shared/contract/results';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney } from './format';

/** Money committed by fund decisions (and held by the reserve list) against the call's envelope. */
export function MoneySummary({ money, pendingCommitted }: { money: Money; pendingCommitted: number | null }) {
  const { t } = useT();
  const language = currentLanguage();
  const over = money.remaining !== null && money.remaining < 0;
  const share = money.envelope ? Math.min(100, Math.round((money.committed / money.envelope) * 100)) : 0;
  const figures: { term: MessageKey; value: string | number; count?: number; className?: string }[] = [
    {
      term: 'results.ui.money.envelope',
      value:
        money.envelope === null ? t('results.ui.money.noEnvelope') : formatMoney(money.envelope, language),
    },
    {
      term: 'results.ui.money.committed',
      value: formatMoney(money.committed, language),
      count: money.funded,
    },
    { term: 'results.ui.money.reserved', value: formatMoney(money.reserved, language), count: money.reserve },
    {
      term: 'results.ui.money.remaining',
      value: formatMoney(money.remaining, language),
      className: over ? 'results-over' : undefined,
    },
    { term: 'results.ui.money.undecided', value: money.undecided },
  ];
  return (
    <section className="card results-money" aria-label={t('results.ui.money.label')}>
      <dl className="results-money-grid">
        {figures.map((figure) => (
          <div key={figure.term}>
            <dt>{t(figure.term)}</dt>
            <dd className={figure.className}>
              {figure.value}
              {figure.count !== undefined && (
                <span className="muted results-money-count">
                  {t('results.ui.money.count', { count: figure.count })}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {money.envelope !== null && (
        <progress
          className="results-money-bar"
          max={100}
          value={share}
          aria-label={t('results.ui.money.share', { share })}
        />
      )}
      {over && <div className="notice notice-warn">{t('results.ui.money.over')}</div>}
      {pendingCommitted !== null && (
        <p className="muted">
          {t('results.ui.money.pending', { amount: formatMoney(pendingCommitted, language) })}
        </p>
      )}
    </section>
  );
}
