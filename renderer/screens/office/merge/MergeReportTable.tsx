import { useT } from '../../../i18n/use-t';
import type { BundleReport } from '../../../../shared/contract/merge';
import { reasonText } from './reason';
import { TableHead } from '../../../components/TableHead';

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
    <table className="table merge-report">
      <TableHead
        headings={[
          t('merge.import.file'),
          t('merge.import.reviewer'),
          t('merge.import.status'),
          { label: t('merge.import.new'), numeric: true },
          { label: t('merge.import.updated'), numeric: true },
          { label: t('merge.import.unchanged'), numeric: true },
          { label: t('merge.import.conflicting'), numeric: true },
          { label: t('merge.import.recusals'), numeric: true },
          t('merge.import.reason'),
        ]}
      />
      <tbody>
        {reports.map((report, index) => (
          <tr key={`${index}-${report.file}`} className={`merge-row merge-${report.status}`}>
            <td className="merge-file" title={report.file}>
              {report.file}
            </td>
            <td>{report.reviewer?.name ?? '—'}</td>
            <td>
              <span className={STATUS_TAG[report.status]}>{t(`merge.status.${report.status}`)}</span>
            </td>
            <td className="num">{counted(report, report.new)}</td>
            <td className="num">{counted(report, report.updated)}</td>
            <td className="num">{counted(report, report.unchanged)}</td>
            <td className={report.conflicting > 0 ? 'num merge-attention' : 'num'}>
              {counted(report, report.conflicting)}
            </td>
            <td className="num">{counted(report, report.recusals)}</td>
            <td className="merge-reason">{report.reason ? reasonText(report.reason, t) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
