import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import { api } from '../../../api/api';
import { useAction, useChannel } from '../../../api/use-channel';
import { ListBody, ListScreen } from '../../../components/ListScreen';
import type { Message } from '../../../components/OkNotice';
import { type TableColumn, VirtualTable } from '../../../components/table/VirtualTable';
import { CallPicker } from '../common/CallPicker';
import { formatDay } from '../common/format';
import { ImportPanel } from '../common/ImportPanel';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { IntegrityEntryForm } from './IntegrityEntryForm';

type Entry = ResponseOf<'integrity.list'>[number];
type Flag = ResponseOf<'integrity.flags'>[number];

/** The integrity list (科研诚信) and, per call, the applications it flags and why. */
export function IntegrityScreen() {
  const { t } = useT();
  const { calls, call, callId, setCallId, error: callsError } = useCalls();
  const entries = useChannel('integrity.list', {});
  const flags = useChannel('integrity.flags', callId ? { callId } : null);
  const action = useAction();
  const [panel, setPanel] = useState<'none' | 'import' | 'add'>('none');
  const [notice, setNotice] = useState<Message[] | null>(null);

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
      {
        id: 'referenceNo',
        header: t('office.applications.columns.referenceNo'),
        accessorFn: (flag) => flag.referenceNo,
        cell: ({ row: { original } }) => <span className="mono">{original.referenceNo}</span>,
      },
      {
        id: 'title',
        header: t('office.applications.columns.title'),
        accessorFn: (flag) => flag.title,
        meta: { clip: true },
      },
      {
        id: 'piName',
        header: t('office.applications.columns.piName'),
        accessorFn: (flag) => flag.piName,
        cell: ({ row: { original } }) => (
          <>
            {original.piName}
            <div className="muted small">{original.institution}</div>
          </>
        ),
      },
      {
        id: 'match',
        header: t('office.integrity.match'),
        accessorFn: (flag) => t(`office.integrity.matchedBy.${flag.matchedBy}`, { name: flag.entryName }),
      },
      {
        id: 'reason',
        header: t('office.integrity.reason'),
        accessorFn: (flag) => flag.entryReason,
        cell: ({ row: { original } }) => (
          <>
            {original.entryReason}
            {original.source && <div className="muted small">{original.source}</div>}
          </>
        ),
      },
      {
        id: 'status',
        header: t('office.applications.columns.status'),
        accessorFn: (flag) => flag.status,
        cell: ({ row: { original } }) => (
          <span className={original.status === 'ineligible' ? 'tag tag-danger' : 'tag tag-warn'}>
            {t(`office.applications.statuses.${original.status}`)}
          </span>
        ),
      },
    ],
    [t],
  );

  const entryColumns = useMemo<TableColumn<Entry>[]>(
    () => [
      {
        id: 'kind',
        header: t('office.integrity.kind'),
        accessorFn: (entry) => entry.kind,
        cell: ({ row: { original } }) => (
          <span className="tag">{t(`office.integrity.kinds.${original.kind}`)}</span>
        ),
      },
      {
        id: 'name',
        header: t('office.integrity.name'),
        accessorFn: (entry) => entry.name,
        cell: ({ row: { original } }) => (
          <>
            {original.name}
            {original.institution && <div className="muted small">{original.institution}</div>}
          </>
        ),
      },
      {
        id: 'period',
        header: t('office.integrity.period'),
        accessorFn: (entry) => entry.validFrom ?? '',
        cell: ({ row: { original } }) =>
          `${formatDay(original.validFrom)} – ${original.validTo ? formatDay(original.validTo) : t('office.integrity.openEnded')}`,
      },
      {
        id: 'source',
        header: t('office.integrity.source'),
        accessorFn: (entry) => entry.source,
        meta: { clip: true },
      },
      {
        id: 'reason',
        header: t('office.integrity.reason'),
        accessorFn: (entry) => entry.reason,
        meta: { clip: true },
      },
      {
        id: 'flagCount',
        header: t('office.integrity.flagCount'),
        accessorFn: (entry) => entry.flagCount,
        meta: { numeric: true },
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">{t('office.common.actions')}</span>,
        enableSorting: false,
        cell: ({ row: { original } }) => (
          <button type="button" className="link" onClick={() => void remove(original.id, original.name)}>
            {t('office.common.remove')}
          </button>
        ),
      },
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
          run={(request, options) => api().invoke('integrity.import', request, options)}
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

      <h2 className="section-title">{t('office.integrity.flagsTitle')}</h2>
      <div className="toolbar">
        <CallPicker calls={calls} callId={callId} onChange={setCallId} />
        {call && (
          <button type="button" onClick={() => void rematch()}>
            {t('office.integrity.rematch')}
          </button>
        )}
      </div>
      {call && (
        <p className="muted">
          {call.integrityMakesIneligible
            ? t('office.integrity.settingIneligible')
            : t('office.integrity.settingFlagOnly')}
        </p>
      )}
      {callId && flags.value && (
        <ListBody empty={t('office.integrity.noFlags')} isEmpty={flags.value.length === 0}>
          <VirtualTable
            rows={flags.value}
            columns={flagColumns}
            label={t('office.integrity.flagsTitle')}
            rowKey={(flag) => `${flag.applicationId}-${flag.entryId}`}
          />
        </ListBody>
      )}

      <h2 className="section-title">
        {t('office.integrity.entriesTitle', { count: entries.value?.length ?? 0 })}
      </h2>
      {entries.value && (
        <ListBody empty={t('office.integrity.empty')} isEmpty={entries.value.length === 0}>
          <VirtualTable
            rows={entries.value}
            columns={entryColumns}
            label={t('office.integrity.entriesTitle', { count: entries.value.length })}
            rowKey={(entry) => entry.id}
          />
        </ListBody>
      )}
    </ListScreen>
  );
}
