import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import { useAction, useChannel, useLongCall } from '../../../api/use-channel';
import { ListScreen, ListTable } from '../../../components/ListScreen';
import type { Message } from '../../../components/OkNotice';
import {
  actionsColumn,
  codeColumn,
  fieldColumn,
  shownColumn,
  twoLineColumn,
  valueColumn,
} from '../../../components/table/columns';
import type { TableColumn } from '../../../components/table/VirtualTable';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { CallPicker } from '../common/CallPicker';
import { formatDay } from '../common/format';
import { ImportPanel } from '../common/ImportPanel';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { IntegrityEntryForm } from './IntegrityEntryForm';

type Entry = ResponseOf<'integrity.list'>[number];
type Flag = ResponseOf<'integrity.flags'>[number];

/** An application is flagged once per entry it matches. */
const flagKey = (flag: Flag) => `${flag.applicationId}-${flag.entryId}`;

/** The integrity list (科研诚信) and, per call, the applications it flags and why. */
export function IntegrityScreen() {
  const { t } = useT();
  const { calls, call, callId, setCallId, error: callsError } = useCalls();
  const entries = useChannel('integrity.list', {});
  const flags = useChannel('integrity.flags', callId ? { callId } : null);
  const action = useAction();
  const importer = useLongCall('integrity.import');
  const [panel, setPanel] = useState<'none' | 'import' | 'add'>('none');
  const [notice, setNotice] = useState<Message[] | null>(null);
  const flagsTitle = t('office.integrity.flagsTitle');
  const entriesTitle = t('office.integrity.entriesTitle', { count: entries.value?.length ?? 0 });

  const { run } = action;
  const { reload: reloadEntries } = entries;
  const { reload: reloadFlags } = flags;
  const reload = useCallback(
    () => Promise.all([reloadEntries(), reloadFlags()]),
    [reloadEntries, reloadFlags],
  );

  const remove = useCallback(
    async (entryId: string, name: string) => {
      if (!window.confirm(t('office.integrity.deleteConfirm', { name }))) return;
      if (await run('integrity.delete', { entryId })) await reload();
    },
    [t, run, reload],
  );

  async function rematch() {
    if (!callId) return;
    const matched = await action.run('integrity.match', { callId });
    if (!matched) return;
    setNotice([{ key: 'office.integrity.matched', params: matched }]);
    await reload();
  }

  const flagColumns = useMemo<TableColumn<Flag>[]>(
    () => [
      codeColumn('referenceNo', t('office.applications.columns.referenceNo')),
      fieldColumn('title', t('office.applications.columns.title'), { clip: true }),
      twoLineColumn('piName', t('office.applications.columns.piName'), 'institution'),
      valueColumn('match', t('office.integrity.match'), (flag) =>
        t(`office.integrity.matchedBy.${flag.matchedBy}`, { name: flag.entryName }),
      ),
      twoLineColumn('entryReason', t('office.integrity.reason'), 'source'),
      shownColumn('status', t('office.applications.columns.status'), (flag) => (
        <span className={flag.status === 'ineligible' ? 'tag tag-danger' : 'tag tag-warn'}>
          {t(`office.applications.statuses.${flag.status}`)}
        </span>
      )),
    ],
    [t],
  );

  const entryColumns = useMemo<TableColumn<Entry>[]>(
    () => [
      shownColumn('kind', t('office.integrity.kind'), (entry) => (
        <span className="tag">{t(`office.integrity.kinds.${entry.kind}`)}</span>
      )),
      twoLineColumn('name', t('office.integrity.name'), 'institution'),
      shownColumn('validFrom', t('office.integrity.period'), (entry) =>
        [
          formatDay(entry.validFrom),
          entry.validTo ? formatDay(entry.validTo) : t('office.integrity.openEnded'),
        ].join(' – '),
      ),
      fieldColumn('source', t('office.integrity.source'), { clip: true }),
      fieldColumn('reason', t('office.integrity.reason'), { clip: true }),
      fieldColumn('flagCount', t('office.integrity.flagCount'), { numeric: true }),
      actionsColumn(t('office.common.actions'), (entry) => (
        <button type="button" className="link" onClick={() => void remove(entry.id, entry.name)}>
          {t('office.common.remove')}
        </button>
      )),
    ],
    [t, remove],
  );

  return (
    <ListScreen
      id="integrity"
      title={t('office.nav.integrity')}
      actions={
        <>
          <button
            type="button"
            onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
            aria-expanded={panel === 'import'}
          >
            {panel === 'import' ? t('office.import.close') : t('office.integrity.import')}
          </button>
          <button type="button" className="primary" onClick={() => setPanel('add')}>
            {t('office.integrity.add')}
          </button>
        </>
      }
      error={callsError ?? entries.error ?? flags.error ?? action.error}
      onDismissError={() => {
        entries.clearError();
        flags.clearError();
        action.setError(null);
      }}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
    >
      {panel === 'import' && (
        <ImportPanel
          title={t('office.integrity.importTitle')}
          hint={t('office.integrity.importHint')}
          importer={importer}
          onCommitted={() => void reload()}
        />
      )}
      {panel === 'add' && (
        <IntegrityEntryForm
          onCancel={() => setPanel('none')}
          onSaved={() => {
            setPanel('none');
            void reload();
          }}
        />
      )}

      <h2 className="section-title">{flagsTitle}</h2>
      <div className="toolbar">
        <CallPicker calls={calls} callId={callId} onChange={setCallId} />
        <ReasonedButton
          blocked={call ? null : t('office.integrity.rematchNeedsCall')}
          busy={action.busy}
          onClick={() => void rematch()}
        >
          {t('office.integrity.rematch')}
        </ReasonedButton>
      </div>
      {call && (
        <p className="muted">
          {call.integrityMakesIneligible
            ? t('office.integrity.settingIneligible')
            : t('office.integrity.settingFlagOnly')}
        </p>
      )}
      {callId && flags.value && (
        <ListTable
          empty={t('office.integrity.noFlags')}
          isEmpty={flags.value.length === 0}
          table={{ rows: flags.value, columns: flagColumns, label: flagsTitle, rowKey: flagKey }}
        />
      )}

      <h2 className="section-title">{entriesTitle}</h2>
      {entries.value && (
        <ListTable
          empty={t('office.integrity.empty')}
          isEmpty={entries.value.length === 0}
          table={{
            rows: entries.value,
            columns: entryColumns,
            label: entriesTitle,
            rowKey: (entry) => entry.id,
          }}
        />
      )}
    </ListScreen>
  );
}
