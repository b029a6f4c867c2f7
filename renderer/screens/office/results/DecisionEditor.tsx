import { useMemo, useState } from 'react';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { DecisionOutcome, ResultApplication, ResultsView } from '../../../../shared/contract/results';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { OkNotice, type Message } from '../../../components/OkNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney } from './format';
import { GroupTag } from './RankingTable';
import { MoneySummary } from './MoneySummary';
import { ReportTable, type ReportColumn } from '../../../components/table/ReportTable';

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
  const { t } = useT();
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
  const action = useAction();
  const [savedNotice, setSaved] = useState<Message[] | null>(null);
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
    setSaved(null);
    const decisions = changed.map((a) => {
      const d = draftOf(a);
      return {
        applicationId: a.id,
        outcome: d.outcome === '' ? null : d.outcome,
        amount: d.outcome === 'not-fund' || d.amount === '' ? null : Number(d.amount),
        note: d.note,
      };
    });
    const money = await action.run('results.decide', { callId: view.call.id, decisions });
    if (!money) return;
    const count = (outcome: DecisionOutcome | null) =>
      decisions.filter((decision) => decision.outcome === outcome).length;
    setSaved([
      {
        key: 'results.ui.decisions.saved',
        params: {
          count: decisions.length,
          fund: count('fund'),
          reserve: count('reserve'),
          notFund: count('not-fund'),
          cleared: count(null),
        },
      },
      {
        key: 'results.ui.decisions.savedTotals',
        params: {
          funded: money.funded,
          committed: formatMoney(money.committed, language),
          undecided: money.undecided,
        },
      },
    ]);
    onChanged();
  };
  const noRun = view.run === null;
  const nothingChanged = changed.length === 0;

  const unchangedWhy = nothingChanged ? t('results.ui.decisions.nothingChangedWhy') : null;
  const fillWith = (draft: (a: ResultApplication) => Draft) =>
    setDrafts(Object.fromEntries(view.applications.map((a) => [a.id, draft(a)])));
  const tools: {
    label: string;
    blocked: string | null;
    primary: boolean;
    reasonShown: 'inline' | 'tooltip';
    run: () => void;
  }[] = [
    {
      label: t('results.ui.decisions.fillFromRanking'),
      blocked: noRun ? t('results.ui.decisions.noRunWhy') : null,
      primary: false,
      reasonShown: 'inline',
      run: () => fillWith(suggestion),
    },
    {
      label: t('results.ui.decisions.discard'),
      blocked: unchangedWhy,
      primary: false,
      // Save beside it is blocked for the same reason and shows it; once is enough on screen.
      reasonShown: 'tooltip',
      run: () => fillWith(saved),
    },
    {
      label: t('results.ui.decisions.save', { count: changed.length }),
      blocked: unchangedWhy,
      primary: true,
      reasonShown: 'inline',
      run: () => void save(),
    },
  ];

  const columns: ReportColumn<ResultApplication>[] = [
    { heading: t('results.ui.table.rank'), cell: (a) => (a.ranking ? a.ranking.rank : ''), numeric: true },
    { heading: t('results.ui.table.reference'), cell: (a) => a.referenceNo, className: 'mono' },
    {
      heading: t('results.ui.table.title'),
      cell: (a) => <span title={a.title}>{a.title}</span>,
      className: 'results-title-cell',
    },
    { heading: t('results.ui.table.group'), cell: (a) => <GroupTag application={a} /> },
    {
      heading: t('results.ui.table.award'),
      cell: (a) => formatMoney(a.award.amount, language),
      numeric: true,
    },
    {
      heading: t('results.ui.decisions.outcome'),
      cell: (a) => (
        <select
          aria-label={t('results.ui.decisions.outcomeFor', { application: a.referenceNo })}
          value={draftOf(a).outcome}
          onChange={(e) => update(a.id, { outcome: e.target.value as Draft['outcome'] })}
        >
          <option value="">{t('results.ui.decisions.undecided')}</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`results.outcomes.${outcome}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      heading: t('results.ui.decisions.amount'),
      cell: (a) => {
        const d = draftOf(a);
        const undecidedAmount = d.outcome === 'not-fund' || d.outcome === '';
        const whyId = `results-amount-why-${a.id}`;
        return (
          <>
            <input
              aria-label={t('results.ui.decisions.amountFor', { application: a.referenceNo })}
              inputMode="numeric"
              value={d.outcome === 'not-fund' ? '' : d.amount}
              disabled={undecidedAmount}
              title={undecidedAmount ? t('results.ui.decisions.amountWhy') : undefined}
              aria-describedby={undecidedAmount ? whyId : undefined}
              aria-invalid={d.outcome === 'fund' && !/^\d+$/.test(d.amount)}
              onChange={(e) => update(a.id, { amount: e.target.value.replace(/[^\d]/g, '') })}
            />
            {undecidedAmount && (
              <span id={whyId} className="visually-hidden">
                {t('results.ui.decisions.amountWhy')}
              </span>
            )}
          </>
        );
      },
    },
    {
      heading: t('results.ui.decisions.note'),
      cell: (a) => (
        <input
          aria-label={t('results.ui.decisions.noteFor', { application: a.referenceNo })}
          value={draftOf(a).note}
          maxLength={4000}
          onChange={(e) => update(a.id, { note: e.target.value })}
        />
      ),
    },
  ];

  return (
    <div className="results-stack">
      <MoneySummary money={view.money} pendingCommitted={changed.length > 0 ? committed : null} />
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <OkNotice messages={savedNotice} onDismiss={() => setSaved(null)} />
      <div className="toolbar">
        {tools.map((tool) => (
          <ReasonedButton
            key={tool.label}
            blocked={tool.blocked}
            busy={tool.primary && action.busy}
            primary={tool.primary}
            reasonShown={tool.reasonShown}
            onClick={tool.run}
          >
            {tool.label}
          </ReasonedButton>
        ))}
      </div>
      <ReportTable
        className="results-compact"
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        rowClassName={(a) => (same(draftOf(a), saved(a)) ? undefined : 'results-dirty')}
      />
    </div>
  );
}
