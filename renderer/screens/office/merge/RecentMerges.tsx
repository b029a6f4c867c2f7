import { useId } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TableHead } from '../../../components/TableHead';

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
      <table className="table recent-merges">
        <TableHead
          headings={[
            t('merge.import.importedAt'),
            t('merge.import.file'),
            t('merge.import.reviewer'),
            { label: t('merge.import.new'), numeric: true },
            { label: t('merge.import.updated'), numeric: true },
            { label: t('merge.import.conflicting'), numeric: true },
            { label: t('merge.import.recusals'), numeric: true },
          ]}
        />
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.digest}>
              <td>{new Date(entry.importedAt).toLocaleString()}</td>
              <td className="merge-file" title={entry.fileName}>
                {entry.fileName}
              </td>
              <td>{entry.reviewer?.name ?? '—'}</td>
              <td className="num">{entry.new}</td>
              <td className="num">{entry.updated}</td>
              <td className="num">{entry.conflicting}</td>
              <td className="num">{entry.recusals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
