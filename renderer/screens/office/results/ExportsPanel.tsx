import { useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResultsView } from '../../../../shared/contract/results';
import { useAction } from '../../../api/use-channel';
import { LabelledSelect } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { download } from './format';

type Table = 'ranking' | 'reviews' | 'budgets' | 'decisions';
const TABLES: Table[] = ['ranking', 'reviews', 'budgets', 'decisions'];

/** Files for the committee and the archive; each is made by a handler and downloaded as a Blob. */
export function ExportsPanel({ view, onPrint }: { view: ResultsView; onPrint: () => void }) {
  const { t } = useT();
  const [table, setTable] = useState<Table>('ranking');
  const [encrypt, setEncrypt] = useState(true);
  const action = useAction();
  const [done, setDone] = useState<{ fileName: string; passphrase: string | null } | null>(null);
  const callId = view.call.id;

  const exportAs = async (format: 'xlsx' | 'csv' | 'pdf') => {
    const file = await action.run('results.export', { callId, format, table });
    if (!file) return;
    download(file);
    setDone({ fileName: file.fileName, passphrase: null });
  };
  const bundle = async () => {
    const file = await action.run('results.bundle', { callId, encrypt });
    if (!file) return;
    download(file);
    setDone({ fileName: file.fileName, passphrase: file.passphrase });
  };
  // Buttons wait while one file is being made, and say so.
  const waiting = action.busy
    ? { disabled: true, title: t('results.ui.exports.busyWhy') }
    : { disabled: false, title: undefined };

  return (
    <div className="results-exports">
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      {done && (
        <div className="notice notice-ok" role="status">
          <span>
            {t('results.ui.exports.saved', { file: done.fileName })}
            {done.passphrase && (
              <>
                {' '}
                {t('results.ui.exports.passphrase')} <strong className="mono">{done.passphrase}</strong>
              </>
            )}
          </span>
        </div>
      )}
      <ExportSection title={t('results.ui.exports.committee')} hint={t('results.ui.exports.committeeHint')}>
        <button type="button" className="primary" {...waiting} onClick={() => void exportAs('xlsx')}>
          {t('results.ui.exports.xlsx')}
        </button>
        <LabelledSelect
          className="results-inline-label"
          label={t('results.ui.exports.table')}
          value={table}
          choices={TABLES.map((id) => ({ value: id, label: t(`results.export.sheets.${id}`) }))}
          onChange={setTable}
        />
        <button type="button" {...waiting} onClick={() => void exportAs('csv')}>
          {t('results.ui.exports.csv')}
        </button>
      </ExportSection>
      <ExportSection title={t('results.ui.exports.report')} hint={t('results.ui.exports.reportHint')}>
        <button type="button" className="primary" onClick={onPrint}>
          {t('results.ui.exports.print')}
        </button>
        <button type="button" {...waiting} onClick={() => void exportAs('pdf')}>
          {t('results.ui.exports.pdf')}
        </button>
      </ExportSection>
      <ExportSection title={t('results.ui.exports.bundle')} hint={t('results.ui.exports.bundleHint')}>
        <label className="results-checkbox">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
          {t('results.ui.exports.encrypt')}
        </label>
        <button type="button" {...waiting} onClick={() => void bundle()}>
          {t('results.ui.exports.makeBundle')}
        </button>
      </ExportSection>
    </div>
  );
}

/** One kind of file: what it is for, and the controls that make it. */
function ExportSection({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <section className="card">
      <h3>{title}</h3>
      <p className="muted">{hint}</p>
      <div className="toolbar">{children}</div>
    </section>
  );
}
