import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../shared/contract';
import type { Err } from '../../shared/result';
import { api } from '../api/api';
import { ErrorNotice } from '../components/ErrorNotice';

/** Every import, decision, draw and export, newest first (绩效 / audit). */
export function AuditLog() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<ResponseOf<'audit.list'>>([]);
  const [error, setError] = useState<Err | null>(null);

  useEffect(() => {
    void api()
      .invoke('audit.list', { limit: 200 })
      .then((result) => (result.ok ? setEntries(result.value) : setError(result)));
  }, []);

  return (
    <section className="screen">
      <h1>{t('ui.nav.audit')}</h1>
      <ErrorNotice error={error} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('ui.audit.at')}</th>
            <th scope="col">{t('ui.audit.action')}</th>
            <th scope="col">{t('ui.audit.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{new Date(entry.at).toLocaleString()}</td>
              <td className="mono">{entry.action}</td>
              <td>{entry.subject}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && !error && <p className="muted">{t('ui.audit.empty')}</p>}
    </section>
  );
}
