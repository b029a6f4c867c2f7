import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { SearchField } from '../../../components/FormField';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import {
  conflictTypeSchema,
  type ConflictRow,
  type ConflictType,
} from '../../../../shared/contract/conflicts';
import { useAction, useChannel } from '../../../api/use-channel';
import { ListBody, ListScreen } from '../../../components/ListScreen';
import type { Message } from '../../../components/OkNotice';
import { VirtualTable } from '../../../components/table/VirtualTable';
import { CallPicker } from '../common/CallPicker';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { ConflictForm } from './ConflictForm';
import { WaiveForm } from './WaiveForm';

type Row = ResponseOf<'conflicts.list'>[number];
type Source = Row['source'];
const sources: readonly Source[] = ['auto', 'officer', 'reviewer'];
const isSource = (value: string): value is Source => sources.some((source) => source === value);

/** A row matches when every term occurs in its reference number, title, reviewer or reason. */
function matches(row: Row, query: string): boolean {
  const text = `${row.referenceNo} ${row.title} ${row.reviewerName} ${row.reason}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/u)
    .every((term) => text.includes(term));
}

const isConflictType = (value: string): value is ConflictType =>
  conflictTypeSchema.options.some((option) => option === value);

/** Conflicts of interest (回避) of a call: detected and hand-made, each with its type and reason. */
export function ConflictsScreen() {
  const { t } = useT();
  const { calls, call, callId, setCallId, error: callsError } = useCalls();
  const [type, setType] = useState<ConflictType | ''>('');
  const [source, setSource] = useState<Source | ''>('');
  const [query, setQuery] = useState('');
  const list = useChannel('conflicts.list', callId ? { callId, ...(type ? { type } : {}) } : null);
  const action = useAction();
  const [adding, setAdding] = useState(false);
  const [waiving, setWaiving] = useState<ConflictRow | null>(null);
  const [notice, setNotice] = useState<Message[] | null>(null);
  const all = list.value;
  // A call's conflicts are few enough to search here, as the officer types.
  const rows = useMemo(
    () =>
      all?.filter((row) => (source === '' || row.source === source) && matches(row, query.trim())) ?? null,
    [all, source, query],
  );

  async function detect() {
    if (!callId) return;
    const detected = await action.run('conflicts.detect', { callId });
    if (!detected) return;
    const { total, added, removed, assignedConflicts } = detected;
    const messages: Message[] = [{ key: 'office.conflicts.detected', params: { total, added, removed } }];
    if (assignedConflicts > 0)
      messages.push({ key: 'office.conflicts.assignedWarning', params: { count: assignedConflicts } });
    setNotice(messages);
    await list.reload();
  }

  const { run } = action;
  const { reload } = list;
  const remove = useCallback(
    async (applicationId: string, reviewerId: string) => {
      if (await run('conflicts.remove', { applicationId, reviewerId })) await reload();
    },
    [run, reload],
  );
  const unwaive = useCallback(
    async (conflict: ConflictRow) => {
      const { applicationId, reviewerId, type } = conflict;
      const row = await run('conflicts.unwaive', { applicationId, reviewerId, type });
      if (!row) return;
      setNotice([
        {
          key: 'office.conflicts.unwaivedNotice',
          params: { reference: row.referenceNo, reviewer: row.reviewerName },
        },
      ]);
      await reload();
    },
    [run, reload],
  );

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      {
        id: 'application',
        header: t('office.conflicts.application'),
        accessorFn: (row) => row.referenceNo,
        cell: ({ row: { original } }) => (
          <>
            <span className="mono">{original.referenceNo}</span>{' '}
            <div className="muted small vt-clip" title={original.title}>
              {original.title}
            </div>
          </>
        ),
      },
      { id: 'reviewer', header: t('office.conflicts.reviewer'), accessorFn: (row) => row.reviewerName },
      {
        id: 'type',
        header: t('office.conflicts.type'),
        accessorFn: (row) => row.type,
        cell: ({ row: { original } }) => (
          <>
            <span className="tag tag-warn">{t(`office.conflicts.types.${original.type}`)}</span>
            {original.waiver && (
              <span
                className="tag"
                title={t('office.conflicts.waivedBy', { reason: original.waiver.reason })}
              >
                {t('office.conflicts.waived')}
              </span>
            )}
            {original.assigned && !original.waiver && (
              <span className="tag tag-danger">{t('office.conflicts.stillAssigned')}</span>
            )}
          </>
        ),
      },
      {
        id: 'reason',
        header: t('office.conflicts.reason'),
        accessorFn: (row) => row.reason,
        cell: ({ row: { original } }) =>
          original.waiver
            ? `${original.reason} — ${t('office.conflicts.waivedBy', { reason: original.waiver.reason })}`
            : original.reason,
        meta: { clip: true },
      },
      {
        id: 'source',
        header: t('office.conflicts.source'),
        accessorFn: (row) => row.source,
        // Rendered, not read, so the words follow a language switch.
        cell: ({ row: { original } }) => t(`office.conflicts.sources.${original.source}`),
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">{t('office.common.actions')}</span>,
        enableSorting: false,
        cell: ({ row: { original } }) => {
          if (original.type === 'manual')
            return (
              <button
                type="button"
                className="link"
                onClick={() => void remove(original.applicationId, original.reviewerId)}
              >
                {t('office.common.remove')}
              </button>
            );
          if (original.source !== 'auto') return null;
          return original.waiver ? (
            <button type="button" className="link" onClick={() => void unwaive(original)}>
              {t('office.conflicts.unwaive')}
            </button>
          ) : (
            <button type="button" className="link" onClick={() => setWaiving(original)}>
              {t('office.conflicts.waive')}
            </button>
          );
        },
      },
    ],
    [t, remove, unwaive],
  );

  return (
    <ListScreen
      id="conflicts"
      title={t('office.nav.conflicts')}
      actions={
        call && (
          <>
            <button type="button" onClick={() => void detect()}>
              {t('office.conflicts.detect')}
            </button>
            <button type="button" className="primary" onClick={() => setAdding(true)}>
              {t('office.conflicts.add')}
            </button>
          </>
        )
      }
      error={callsError ?? list.error ?? action.error}
      onDismissError={() => {
        list.clearError();
        action.setError(null);
      }}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
    >
      <CallPicker calls={calls} callId={callId} onChange={setCallId} />
      <p className="muted">{t('office.conflicts.explain')}</p>
      {call && adding && (
        <ConflictForm
          callId={call.id}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void list.reload();
          }}
        />
      )}
      {waiving && (
        <WaiveForm
          key={`${waiving.applicationId}-${waiving.reviewerId}-${waiving.type}`}
          conflict={waiving}
          onCancel={() => setWaiving(null)}
          onWaived={(row) => {
            setWaiving(null);
            setNotice([
              {
                key: 'office.conflicts.waivedNotice',
                params: { reference: row.referenceNo, reviewer: row.reviewerName },
              },
            ]);
            void list.reload();
          }}
        />
      )}
      {call && rows && (
        <ListBody
          search
          filters={
            <>
              <SearchField
                label={t('office.conflicts.search')}
                value={query}
                placeholder={t('office.conflicts.searchPlaceholder')}
                onChange={setQuery}
              />
              <label className="inline">
                {t('office.conflicts.type')}
                <select
                  value={type}
                  onChange={(event) => setType(isConflictType(event.target.value) ? event.target.value : '')}
                >
                  <option value="">{t('office.common.all')}</option>
                  {conflictTypeSchema.options.map((option) => (
                    <option key={option} value={option}>
                      {t(`office.conflicts.types.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline">
                {t('office.conflicts.source')}
                <select
                  value={source}
                  onChange={(event) => setSource(isSource(event.target.value) ? event.target.value : '')}
                >
                  <option value="">{t('office.common.all')}</option>
                  {sources.map((option) => (
                    <option key={option} value={option}>
                      {t(`office.conflicts.sources.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          }
          count={t('office.conflicts.count', { count: rows.length })}
          empty={all?.length === 0 ? t('office.conflicts.empty') : t('office.conflicts.noMatch')}
          isEmpty={rows.length === 0}
        >
          <VirtualTable
            rows={rows}
            columns={columns}
            label={t('office.nav.conflicts')}
            rowKey={(row) => `${row.applicationId}-${row.reviewerId}-${row.type}`}
          />
        </ListBody>
      )}
    </ListScreen>
  );
}
