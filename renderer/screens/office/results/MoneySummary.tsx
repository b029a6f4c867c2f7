import { useT } from '../../../i18n/use-t';
import type { MoneySummary as Money } from '../../../../shared/contract/results';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney } from './format';

/** Money committed by fund decisions (and held by the reserve list) against the call's envelope. */
export function MoneySummary({ money, pendingCommitted }: { money: Money; pendingCommitted: number | null }) {
  const { t } = useT();
  const language = currentLanguage();
  const over = money.remaining !== null && money.remaining < 0;
  const share = money.envelope ? Math.min(100, Math.round((money.committed / money.envelope) * 100)) : 0;
  return (
    <section className="card results-money" aria-label={t('results.ui.money.label')}>
      <dl className="results-money-grid">
        <div>
          <dt>{t('results.ui.money.envelope')}</dt>
          <dd>
            {money.envelope === null
              ? t('results.ui.money.noEnvelope')
              : formatMoney(money.envelope, language)}
          </dd>
        </div>
        <div>
          <dt>{t('results.ui.money.committed')}</dt>
          <dd>
            {formatMoney(money.committed, language)}
            <span className="muted results-money-count">
              {t('results.ui.money.count', { count: money.funded })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('results.ui.money.reserved')}</dt>
          <dd>
            {formatMoney(money.reserved, language)}
            <span className="muted results-money-count">
              {t('results.ui.money.count', { count: money.reserve })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('results.ui.money.remaining')}</dt>
          <dd className={over ? 'results-over' : undefined}>{formatMoney(money.remaining, language)}</dd>
        </div>
        <div>
          <dt>{t('results.ui.money.undecided')}</dt>
          <dd>{money.undecided}</dd>
        </div>
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
