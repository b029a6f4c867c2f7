import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ReviewerRecord } from '../../../../shared/contract/reviewer-record';
import { useAction, useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { type TableColumn, VirtualTable } from '../../../components/table/VirtualTable';
import { download } from '../results/format';
import { CreditWeightsForm } from './CreditWeightsForm';
import { ReviewerDetail } from './ReviewerDetail';
import { percent, weightsCaption } from './format-record';
import '../results/quality/quality.css';
import './reviewer-record.css';

/** 评审专家记录: every reviewer across this workspace's calls, with a credit score that shows its weights. */
export function ReviewerRecordScreen() {
  const { t } = useT();
  const list = useChannel('reviewerRecord.list', {});
  const exporting = useAction();
  const [selected, setSelected] = useState<string | null>(null);
  const weights = list.value?.weights;
  const caption = weights ? weightsCaption(weights, (c) => t(`quality.record.components.${c}`)) : '';

  const columns = useMemo<TableColumn<ReviewerRecord>[]>(
    () => [
      {
        id: 'name',
        header: t('quality.record.columns.reviewer'),
        accessorFn: (r) => r.name,
        cell: (info) => (
          <button type="button" className="link" onClick={() => setSelected(info.row.original.reviewerId)}>
            {info.getValue<string>()}
          </button>
        ),
      },
      {
        id: 'institution',
        header: t('quality.record.columns.institution'),
        accessorFn: (r) => r.institution,
      },
      {
        id: 'calls',
        header: t('quality.record.columns.calls'),
        accessorFn: (r) => r.calls.length,
        meta: { numeric: true },
      },
      {
        id: 'submitted',
        header: t('quality.record.columns.submitted'),
        accessorFn: (r) => r.calls.reduce((sum, c) => sum + c.submitted, 0),
        meta: { numeric: true },
      },
      {
        id: 'onTime',
        header: t('quality.record.components.onTime'),
        accessorFn: (r) => r.credit.components.onTime ?? undefined,
        cell: (info) => percent(info.row.original.credit.components.onTime),
        meta: { numeric: true },
      },
      {
        id: 'credit',
        header: () => (
          <abbr className="results-explained" title={`${t('quality.help.credit')} (${caption})`}>
            {t('quality.record.credit')}
          </abbr>
        ),
        accessorFn: (r) => r.credit.score ?? undefined,
        cell: (info) => {
          const score = info.row.original.credit.score;
          return score === null ? '' : Math.round(score);
        },
        meta: { numeric: true },
      },
    ],
    [t, caption],
  );

  const record = list.value?.reviewers.find((r) => r.reviewerId === selected) ?? null;
  return (
    <section className="screen record-screen">
      <h1>{t('quality.record.title')}</h1>
      <p className="quality-help">{t('quality.record.intro')}</p>
      <ErrorNotice error={list.error ?? exporting.error} />
      {list.value && weights && (
        <>
          <div className="toolbar">
            <button
              type="button"
              disabled={exporting.busy}
              onClick={() =>
                void exporting.run('reviewerRecord.export', {}).then((file) => file && download(file))
              }
            >
              {t('quality.record.exportXlsx')}
            </button>
          </div>
          <p className="muted">{t('quality.record.weightsBeside', { weights: caption })}</p>
          <VirtualTable
            rows={list.value.reviewers}
            columns={columns}
            label={t('quality.record.tableLabel')}
            rowKey={(r) => r.reviewerId}
            rowHeight={34}
          />
          {record && (
            <ReviewerDetail record={record} weights={weights} onChanged={() => void list.reload()} />
          )}
          <CreditWeightsForm
            key={JSON.stringify(weights)}
            weights={weights}
            onSaved={() => void list.reload()}
          />
        </>
      )}
    </section>
  );
}
