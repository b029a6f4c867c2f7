import { useT } from '../../../i18n/use-t';
import type { BundleReport } from '../../../../shared/contract/merge';
import { reasonText } from './reason';
import { ReportTable } from '../../../components/table/ReportTable';

const STATUS_TAG: Record<BundleReport['status'], string> = {
  applied: 'tag tag-ok',
  noop: 'tag',
  refused: 'tag tag-danger',
};

/** One row per bundle: who sent it, what it changed, or why it was refused. */
export function MergeReportTable({ reports }: { reports: readonly BundleReport[] }) {
  const { t } = useT();
  const counted = (report: BundleReport, value: number) => (report.status === 'applied' ? value : '—');
  return (
    <ReportTable
      className="merge-report"
      rows={reports}
      rowKey={(report, index) => `${index}-${report.file}`}
      rowClassName={(report) => `merge-row merge-${report.status}`}
      columns={[
        {
          heading: t('merge.import.file'),
          cell: (report) => report.file,
          className: 'merge-file',
          title: (report) => report.file,
        },
        { heading: t('merge.import.reviewer'), cell: (report) => report.reviewer?.name ?? '—' },
        {
          heading: t('merge.import.status'),
          cell: (report) => (
            <span className={STATUS_TAG[report.status]}>{t(`merge.status.${report.status}`)}</span>
          ),
        },
        { heading: t('merge.import.new'), numeric: true, cell: (report) => counted(report, report.new) },
        {
          heading: t('merge.import.updated'),
          numeric: true,
          cell: (report) => counted(report, report.updated),
        },
        {
          heading: t('merge.import.unchanged'),
          numeric: true,
          cell: (report) => counted(report, report.unchanged),
        },
        {
          heading: t('merge.import.conflicting'),
          numeric: true,
          cell: (report) => counted(report, report.conflicting),
          className: (report) => (report.conflicting > 0 ? 'merge-attention' : undefined),
        },
        {
          heading: t('merge.import.recusals'),
          numeric: true,
          cell: (report) => counted(report, report.recusals),
        },
        {
          heading: t('merge.import.reason'),
          cell: (report) => (report.reason ? reasonText(report.reason, t) : ''),
          className: 'merge-reason',
        },
      ]}
    />
  );
}
