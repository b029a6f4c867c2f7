import { useEffect, useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';

const SHOWN = 20;

/** The bundles this workspace has applied, newest first (the bundle log), re-read after each merge. */
export function RecentMerges({ version }: { version: number }) {
  const { t } = useT();
  const id = useId();
  const [entries, setEntries] = useState<ResponseOf<'merge.log'> | null>(null);
  const [error, setError] = useState<Err | null>(null);
  useEffect(() => {
    void api()
      .invoke('merge.log', { limit: SHOWN })
      .then((result) => (result.ok ? setEntries(result.value) : setError(result)));
  }, [version]);
  if (error) return <ErrorNotice error={error} />;
  if (!entries || entries.length === 0) return null;
  return (
    <section className="merge-recent" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('merge.import.recent')}</h2>
      <table className="table recent-merges">
        <thead>
          <tr>
            <th scope="col">{t('merge.import.importedAt')}</th>
            <th scope="col">{t('merge.import.file')}</th>
            <th scope="col">{t('merge.import.reviewer')}</th>
            <th scope="col" className="num">
              {t('merge.import.new')}
            </th>
            <th scope="col" className="num">
              {t('merge.import.updated')}
            </th>
            <th scope="col" className="num">
              {t('merge.import.conflicting')}
            </th>
            <th scope="col" className="num">
              {t('merge.import.recusals')}
            </th>
          </tr>
        </thead>
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
