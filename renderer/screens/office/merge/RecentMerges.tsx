import { useId } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ReportTable } from '../../../components/table/ReportTable';

/** How many of the newest bundle-log entries the merge screen shows. */
export const RECENT_MERGES_SHOWN = 20;

/** The bundles this workspace has applied, newest first (the bundle log); the screen re-reads it after each merge. */
export function RecentMerges({
  entries,
  error,
}: {
  entries: ResponseOf<'merge.log'> | null;
  error: Err | null;
}) {
  const { t } = useT();
  const id = useId();
  if (error) return <ErrorNotice error={error} />;
  if (!entries || entries.length === 0) return null;
  return (
    <section className="merge-recent" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('merge.import.recent')}</h2>
      <ReportTable
        className="recent-merges"
        rows={entries}
        rowKey={(entry) => entry.digest}
        columns={[
          {
            heading: t('merge.import.importedAt'),
            cell: (entry) => new Date(entry.importedAt).toLocaleString(),
          },
          {
            heading: t('merge.import.file'),
            cell: (entry) => entry.fileName,
            className: 'merge-file',
            title: (entry) => entry.fileName,
          },
          { heading: t('merge.import.reviewer'), cell: (entry) => entry.reviewer?.name ?? '—' },
          { heading: t('merge.import.new'), numeric: true, cell: (entry) => entry.new },
          { heading: t('merge.import.updated'), numeric: true, cell: (entry) => entry.updated },
          { heading: t('merge.import.conflicting'), numeric: true, cell: (entry) => entry.conflicting },
          { heading: t('merge.import.recusals'), numeric: true, cell: (entry) => entry.recusals },
        ]}
      />
    </section>
  );
}
