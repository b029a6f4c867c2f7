import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome, ResultApplication, ResultsView } from '../../../../shared/contract/results';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney } from './format';
import { GroupTag } from './RankingTable';
import { MoneySummary } from './MoneySummary';

interface Draft {
  outcome: DecisionOutcome | '';
  amount: string;
  note: string;
}

const OUTCOMES: DecisionOutcome[] = ['fund', 'reserve', 'not-fund'];

function saved(a: ResultApplication): Draft {
  return {
    outcome: a.decision?.outcome ?? '',
    amount: a.decision?.amount === null || a.decision === null ? '' : String(a.decision.amount),
    note: a.decision?.note ?? '',
  };
}

/** What the ranking suggests: funded and drawn → fund; lottery not drawn → reserve; others → not fund. */
function suggestion(a: ResultApplication): Draft {
  const amount = a.award.amount === null ? '' : String(a.award.amount);
  if (a.excluded) return { outcome: 'not-fund', amount: '', note: '' };
  if (a.ranking?.group === 'funded' || a.lottery === 'selected') return { outcome: 'fund', amount, note: '' };
  if (a.ranking?.group === 'lottery') return { outcome: 'reserve', amount, note: '' };
  if (a.ranking?.group === 'rejected') return { outcome: 'not-fund', amount: '', note: '' };
  return { outcome: '', amount: '', note: '' };
}

function same(a: Draft, b: Draft): boolean {
  return a.outcome === b.outcome && a.amount === b.amount && a.note === b.note;
}

/** Fund / reserve list / not fund, with amount and note, against the envelope. Saved in one batch. */
export function DecisionEditor({ view, onChanged }: { view: ResultsView; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows = useMemo(
    () =>
      [...view.applications].sort(
        (a, b) =>
          (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
          a.referenceNo.localeCompare(b.referenceNo),
      ),
    [view.applications],
  );
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(view.applications.map((a) => [a.id, saved(a)])),
  );
  const [error, setError] = useState<Err | null>(null);
  const [busy, setBusy] = useState(false);
  const draftOf = (a: ResultApplication) => drafts[a.id] ?? saved(a);
  const changed = rows.filter((a) => !same(draftOf(a), saved(a)));
  const update = (id: string, patch: Partial<Draft>) =>
    setDrafts((current) => ({
      ...current,
      [id]: { ...(current[id] ?? { outcome: '', amount: '', note: '' }), ...patch },
    }));

  const preview = rows.map((a) => {
    const d = draftOf(a);
    return { outcome: d.outcome || null, amount: d.amount === '' ? null : Number(d.amount) };
  });
  const committed = preview.reduce((sum, d) => sum + (d.outcome === 'fund' ? (d.amount ?? 0) : 0), 0);

  const save = async () => {
    setBusy(true);
    const result = await api().invoke('results.decide', {
      callId: view.call.id,
      decisions: changed.map((a) => {
        const d = draftOf(a);
        return {
          applicationId: a.id,
          outcome: d.outcome === '' ? null : d.outcome,
          amount: d.outcome === 'not-fund' || d.amount === '' ? null : Number(d.amount),
          note: d.note,
        };
      }),
    });
    setBusy(false);
    if (result.ok) {
      setError(null);
      onChanged();
    } else setError(result);
  };

  return (
    <div className="results-stack">
      <MoneySummary money={view.money} pendingCommitted={changed.length > 0 ? committed : null} />
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="toolbar">
        <button
          type="button"
          onClick={() => setDrafts(Object.fromEntries(view.applications.map((a) => [a.id, suggestion(a)])))}
          disabled={view.run === null}
        >
          {t('results.ui.decisions.fillFromRanking')}
        </button>
        <button
          type="button"
          onClick={() => setDrafts(Object.fromEntries(view.applications.map((a) => [a.id, saved(a)])))}
        >
          {t('results.ui.decisions.discard')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || changed.length === 0}
          onClick={() => void save()}
        >
          {t('results.ui.decisions.save', { count: changed.length })}
        </button>
      </div>
      <table className="table results-compact">
        <thead>
          <tr>
            <th scope="col">{t('results.ui.table.rank')}</th>
            <th scope="col">{t('results.ui.table.reference')}</th>
            <th scope="col">{t('results.ui.table.title')}</th>
            <th scope="col">{t('results.ui.table.group')}</th>
            <th scope="col" className="num">
              {t('results.ui.table.award')}
            </th>
            <th scope="col">{t('results.ui.decisions.outcome')}</th>
            <th scope="col">{t('results.ui.decisions.amount')}</th>
            <th scope="col">{t('results.ui.decisions.note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const d = draftOf(a);
            const label = `${a.referenceNo}`;
            return (
              <tr key={a.id} className={same(d, saved(a)) ? undefined : 'results-dirty'}>
                <td className="num">{a.ranking ? a.ranking.rank : ''}</td>
                <td className="mono">{a.referenceNo}</td>
                <td className="results-title-cell" title={a.title}>
                  {a.title}
                </td>
                <td>
                  <GroupTag application={a} />
                </td>
                <td className="num">{formatMoney(a.award.amount, language)}</td>
                <td>
                  <select
                    aria-label={t('results.ui.decisions.outcomeFor', { application: label })}
                    value={d.outcome}
                    onChange={(e) => update(a.id, { outcome: e.target.value as Draft['outcome'] })}
                  >
                    <option value="">{t('results.ui.decisions.undecided')}</option>
                    {OUTCOMES.map((outcome) => (
                      <option key={outcome} value={outcome}>
                        {t(`results.outcomes.${outcome}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={t('results.ui.decisions.amountFor', { application: label })}
                    inputMode="numeric"
                    value={d.outcome === 'not-fund' ? '' : d.amount}
                    disabled={d.outcome === 'not-fund' || d.outcome === ''}
                    aria-invalid={d.outcome === 'fund' && !/^\d+$/.test(d.amount)}
                    onChange={(e) => update(a.id, { amount: e.target.value.replace(/[^\d]/g, '') })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('results.ui.decisions.noteFor', { application: label })}
                    value={d.note}
                    maxLength={4000}
                    onChange={(e) => update(a.id, { note: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
