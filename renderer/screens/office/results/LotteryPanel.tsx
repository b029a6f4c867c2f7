import { useState } from 'react';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { ResultsView } from '../../../../shared/contract/results';
import { pick } from '../../../../shared/domain/localized';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney, formatNumber } from './format';
import { formatDateTime } from '../../../../shared/text/dates';
import { TableHead } from '../../../components/TableHead';

type Pool = ResultsView['lottery'][number];

/**
 * The lottery groups of the latest ranking: who is in, how many places, and the recorded draw.
 * A draw is made once per group with the officer's seed or a generated one, and anyone can re-run
 * it from the record.
 */
export function LotteryPanel({ view, onChanged }: { view: ResultsView; onChanged: () => void }) {
  const { t } = useT();
  if (!view.run) return <p className="muted">{t('results.ui.lottery.noRun')}</p>;
  if (view.lottery.length === 0) return <p className="muted">{t('results.ui.lottery.none')}</p>;
  return (
    <div className="results-stack">
      {view.run.stale && <div className="notice notice-warn">{t('results.ui.run.stale')}</div>}
      {view.lottery.map((pool) => (
        <PoolCard key={pool.pool ?? 'all'} view={view} pool={pool} onChanged={onChanged} />
      ))}
    </div>
  );
}

function PoolCard({ view, pool, onChanged }: { view: ResultsView; pool: Pool; onChanged: () => void }) {
  const { t } = useT();
  const language = currentLanguage();
  const [seed, setSeed] = useState('');
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const [verified, setVerified] = useState<ResponseOf<'results.lottery.verify'> | null>(null);
  const byId = new Map(view.applications.map((a) => [a.id, a]));
  const challenge =
    pool.pool === null ? null : view.applications.find((a) => a.challenge?.id === pool.pool)?.challenge;
  const title = challenge
    ? `${challenge.code} ${pick(challenge.title, language)}`
    : t('results.ui.lottery.wholeCall');
  const draw = pool.draw;
  const selected = new Set(draw?.record.selected ?? []);
  const order = draw ? draw.record.drawOrder : pool.candidates;

  const run = async () => {
    if (!view.run) return;
    const drawn = await action.run('results.lottery.draw', {
      callId: view.call.id,
      runId: view.run.id,
      pool: pool.pool,
      ...(seed.trim() === '' ? {} : { seed: seed.trim() }),
    });
    setConfirming(false);
    if (drawn) onChanged();
  };
  const verify = async () => {
    if (!draw) return;
    const checked = await action.run('results.lottery.verify', { drawId: draw.id });
    if (checked) setVerified(checked);
  };
  const stale = view.run?.stale === true;

  return (
    <section className="card results-pool" aria-label={title}>
      <h3>{title}</h3>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <dl className="facts">
        <dt>{t('results.ui.lottery.places')}</dt>
        <dd>{pool.places}</dd>
        <dt>{t('results.ui.lottery.candidates')}</dt>
        <dd>{pool.candidates.length}</dd>
        {pool.budget !== null && (
          <>
            <dt>{t('results.ui.lottery.budget')}</dt>
            <dd>{formatMoney(pool.budget, language)}</dd>
          </>
        )}
        {draw && (
          <>
            <dt>{t('results.ui.lottery.seed')}</dt>
            <dd className="mono">
              {draw.record.seed}{' '}
              <span className="tag">{t(`results.ui.lottery.seedSource.${draw.seedSource}`)}</span>
            </dd>
            <dt>{t('results.ui.lottery.drawnAt')}</dt>
            <dd>{formatDateTime(draw.createdAt, language)}</dd>
            <dt>{t('results.ui.lottery.algorithm')}</dt>
            <dd className="mono">{draw.record.algorithm}</dd>
          </>
        )}
      </dl>
      <table className="table results-compact">
        <TableHead
          headings={[
            ...(draw ? [t('results.ui.lottery.order')] : []),
            t('results.ui.table.reference'),
            t('results.ui.table.title'),
            { label: t('results.ui.table.er'), numeric: true },
            { label: t('results.ui.table.award'), numeric: true },
            ...(draw ? [t('results.ui.lottery.result')] : []),
          ]}
        />
        <tbody>
          {order.map((id, index) => {
            const application = byId.get(id);
            return (
              <tr key={id}>
                {draw && <td className="num">{index + 1}</td>}
                <td className="mono">{application?.referenceNo ?? id}</td>
                <td className="results-title-cell" title={application?.title}>
                  {application?.title}
                </td>
                <td className="num">{formatNumber(application?.ranking?.er)}</td>
                <td className="num">{formatMoney(application?.award.amount, language)}</td>
                {draw && (
                  <td>
                    <span className={selected.has(id) ? 'tag tag-ok' : 'tag'}>
                      {t(`results.lotteryOutcome.${selected.has(id) ? 'selected' : 'not-selected'}`)}
                    </span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {draw ? (
        <div className="toolbar results-after-table">
          <button type="button" onClick={() => void verify()}>
            {t('results.ui.lottery.verify')}
          </button>
          {verified && (
            <span className={verified.matches ? 'tag tag-ok' : 'tag tag-danger'} role="status">
              {t(verified.matches ? 'results.ui.lottery.verified' : 'results.ui.lottery.mismatch')}
            </span>
          )}
        </div>
      ) : (
        <form
          className="toolbar results-after-table"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirming) void run();
            else setConfirming(true);
          }}
        >
          <label className="results-inline-label">
            {t('results.ui.lottery.seedInput')}
            <input
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
              placeholder={t('results.ui.lottery.seedPlaceholder')}
              maxLength={200}
            />
          </label>
          <ReasonedButton
            type="submit"
            primary
            blocked={stale ? t('results.ui.lottery.staleWhy') : null}
            busy={action.busy}
          >
            {confirming ? t('results.ui.lottery.confirm') : t('results.ui.lottery.draw')}
          </ReasonedButton>
          {confirming && (
            <button type="button" onClick={() => setConfirming(false)}>
              {t('ui.cancel')}
            </button>
          )}
          {confirming && <span className="muted">{t('results.ui.lottery.once')}</span>}
        </form>
      )}
    </section>
  );
}
