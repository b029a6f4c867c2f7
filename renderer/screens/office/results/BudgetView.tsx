import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultApplication, ResultsView } from '../../../../shared/contract/results';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoney } from './format';
import { ReportTable, type ReportColumn } from '../../../components/table/ReportTable';

/**
 * Requested vs recommended (median of the reviewers' amounts) vs awarded vs decided, per
 * application, with the officer's override (amount and reason) for lump-sum awards.
 */
export function BudgetView({ view, onChanged }: { view: ResultsView; onChanged: () => void }) {
  const { t } = useT();
  const language = currentLanguage();
  const [editing, setEditing] = useState<string | null>(null);
  const rows = [...view.applications].sort(
    (a, b) =>
      (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
      a.referenceNo.localeCompare(b.referenceNo),
  );
  const sum = (pick: (a: ResultApplication) => number | null) =>
    rows.reduce((total, a) => total + (pick(a) ?? 0), 0);
  const columns: ReportColumn<ResultApplication>[] = [
    { heading: t('results.ui.table.reference'), cell: (a) => a.referenceNo, className: 'mono' },
    {
      heading: t('results.ui.table.title'),
      cell: (a) => <span title={a.title}>{a.title}</span>,
      className: 'results-title-cell',
    },
    {
      heading: t('results.ui.budget.requested'),
      cell: (a) => formatMoney(a.requested, language),
      numeric: true,
    },
    {
      heading: t('results.ui.budget.recommended'),
      cell: (a) => (
        <>
          {formatMoney(a.award.median, language)}
          {a.award.opinions > 0 && (
            <span className="muted results-sub">
              {t('results.ui.budget.opinions', { count: a.award.opinions })}
            </span>
          )}
        </>
      ),
      numeric: true,
    },
    {
      heading: t('results.ui.budget.award'),
      cell: (a) => formatMoney(a.award.amount, language),
      numeric: true,
    },
    {
      heading: t('results.ui.budget.basis'),
      cell: (a) => (
        <>
          {t(`results.awardBasis.${a.award.basis}`)}
          {a.award.capped && <span className="tag">{t('results.ui.budget.capped')}</span>}
          {a.award.reason && <div className="muted">{a.award.reason}</div>}
        </>
      ),
    },
    {
      heading: t('results.ui.budget.decided'),
      cell: (a) => formatMoney(a.decision?.amount, language),
      numeric: true,
    },
    {
      heading: { label: <span className="visually-hidden">{t('results.ui.budget.actions')}</span> },
      cell: (a) =>
        editing === a.id ? (
          <OverrideForm
            callId={view.call.id}
            application={a}
            onDone={(changed) => {
              setEditing(null);
              if (changed) onChanged();
            }}
          />
        ) : (
          <button type="button" onClick={() => setEditing(a.id)}>
            {t('results.ui.budget.override')}
          </button>
        ),
    },
  ];
  // The footer's cells under the columns after reference and title: sums under the amounts.
  const totals = [
    sum((a) => a.requested),
    null,
    sum((a) => a.award.amount),
    null,
    sum((a) => a.decision?.amount ?? null),
    null,
  ];
  return (
    <ReportTable
      className="results-compact"
      columns={columns}
      rows={rows}
      rowKey={(a) => a.id}
      footer={
        <tr>
          <th scope="row" colSpan={2}>
            {t('results.ui.budget.total')}
          </th>
          {totals.map((total, index) =>
            total === null ? (
              <td key={index} />
            ) : (
              <td key={index} className="num">
                {formatMoney(total, language)}
              </td>
            ),
          )}
        </tr>
      }
    />
  );
}

function OverrideForm({
  callId,
  application,
  onDone,
}: {
  callId: string;
  application: ResultApplication;
  onDone: (changed: boolean) => void;
}) {
  const { t } = useT();
  const [amount, setAmount] = useState(String(application.award.amount ?? application.requested));
  const [reason, setReason] = useState(
    application.award.basis === 'override' ? (application.award.reason ?? '') : '',
  );
  const action = useAction();
  const save = async (override: { amount: number; reason: string } | null) => {
    if (await action.run('results.award.override', { callId, applicationId: application.id, override }))
      onDone(true);
  };
  const parsed = Number(amount);
  const valid = Number.isSafeInteger(parsed) && parsed >= 0 && reason.trim() !== '';
  return (
    <form
      className="results-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void save({ amount: parsed, reason });
      }}
    >
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <label>
        {t('results.ui.budget.amount')}
        <input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value.trim())} />
      </label>
      <label>
        {t('results.ui.budget.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
      <div className="toolbar">
        <ReasonedButton
          type="submit"
          primary
          blocked={valid ? null : t('results.ui.budget.overrideWhy')}
          busy={action.busy}
          reasonShown="tooltip"
        >
          {t('ui.save')}
        </ReasonedButton>
        {application.award.basis === 'override' && (
          <button type="button" onClick={() => void save(null)}>
            {t('results.ui.budget.clearOverride')}
          </button>
        )}
        <button type="button" onClick={() => onDone(false)}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
