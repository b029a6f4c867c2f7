import { useCallback, useMemo, useState } from 'react';
import { SearchField, SelectField, choicesOf } from '../../../components/FormField';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import {
  conflictTypeSchema,
  type ConflictRow,
  type ConflictType,
} from '../../../../shared/contract/conflicts';
import { useAction, useChannel } from '../../../api/use-channel';
import { ListScreen, ListTable } from '../../../components/ListScreen';
import type { Message } from '../../../components/OkNotice';
import { actionsColumn, fieldColumn, shownColumn } from '../../../components/table/columns';
import type { TableColumn } from '../../../components/table/VirtualTable';
import { CallPicker } from '../common/CallPicker';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { ConflictForm } from './ConflictForm';
import { WaiveForm } from './WaiveForm';

type Row = ResponseOf<'conflicts.list'>[number];
type Source = Row['source'];
const sources: readonly Source[] = ['auto', 'officer', 'reviewer'];

/** A conflict is one reviewer's of one type on one application. */
const conflictKey = (row: Row) => `${row.applicationId}-${row.reviewerId}-${row.type}`;

/** A row matches when every term occurs in its reference number, title, reviewer or reason. */
function matches(row: Row, query: string): boolean {
  const text = `${row.referenceNo} ${row.title} ${row.reviewerName} ${row.reason}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/u)
    .every((term) => text.includes(term));
}

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
  const found = list.value;
  // A call's conflicts are few enough to search here, as the officer types.
  const rows = useMemo(
    () =>
      found?.filter((row) => (source === '' || row.source === source) && matches(row, query.trim())) ?? null,
    [found, source, query],
  );
  const [typeLabel, sourceLabel, all] = [
    t('office.conflicts.type'),
    t('office.conflicts.source'),
    t('office.common.all'),
  ];
  const typeChoices = choicesOf(
    conflictTypeSchema.options,
    (value) => t(`office.conflicts.types.${value}`),
    all,
  );
  const sourceChoices = choicesOf(sources, (value) => t(`office.conflicts.sources.${value}`), all);

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

  const columns = useMemo<TableColumn<Row>[]>(
    () => [
      shownColumn('referenceNo', t('office.conflicts.application'), (row) => (
        <>
          <span className="mono">{row.referenceNo}</span>{' '}
          <div className="muted small vt-clip" title={row.title}>
            {row.title}
          </div>
        </>
      )),
      fieldColumn('reviewerName', t('office.conflicts.reviewer')),
      shownColumn('type', t('office.conflicts.type'), (row) => (
        <>
          <span className="tag tag-warn">{t(`office.conflicts.types.${row.type}`)}</span>
          {row.waiver && (
            <span className="tag" title={t('office.conflicts.waivedBy', { reason: row.waiver.reason })}>
              {t('office.conflicts.waived')}
            </span>
          )}
          {row.assigned && !row.waiver && (
            <span className="tag tag-danger">{t('office.conflicts.stillAssigned')}</span>
          )}
        </>
      )),
      shownColumn(
        'reason',
        t('office.conflicts.reason'),
        (row) =>
          row.waiver
            ? `${row.reason} — ${t('office.conflicts.waivedBy', { reason: row.waiver.reason })}`
            : row.reason,
        { clip: true },
      ),
      // Drawn, not read, so the words follow a language switch.
      shownColumn('source', t('office.conflicts.source'), (row) =>
        t(`office.conflicts.sources.${row.source}`),
      ),
      // An officer's own conflict can be removed; a detected one waived, or its waiver undone.
      actionsColumn(t('office.common.actions'), (row) => {
        if (row.type !== 'manual' && row.source !== 'auto') return null;
        const [label, act] =
          row.type === 'manual'
            ? [t('office.common.remove'), () => void remove(row.applicationId, row.reviewerId)]
            : row.waiver
              ? [t('office.conflicts.unwaive'), () => void unwaive(row)]
              : [t('office.conflicts.waive'), () => setWaiving(row)];
        return (
          <button type="button" className="link" onClick={act}>
            {label}
          </button>
        );
      }),
    ],
    [t, remove, unwaive],
  );

  // A call's conflicts are detected or added once it is picked.
  const callActions = call && (
    <>
      <button type="button" onClick={() => void detect()}>
        {t('office.conflicts.detect')}
      </button>
      <button type="button" className="primary" onClick={() => setAdding(true)}>
        {t('office.conflicts.add')}
      </button>
    </>
  );
  const [searchLabel, searchHint] = [t('office.conflicts.search'), t('office.conflicts.searchPlaceholder')];

  return (
    <ListScreen
      id="conflicts"
      title={t('office.nav.conflicts')}
      actions={callActions}
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
        <ListTable
          search
          filters={
            <>
              <SearchField label={searchLabel} value={query} placeholder={searchHint} onChange={setQuery} />
              <SelectField inline label={typeLabel} value={type} choices={typeChoices} onChange={setType} />
              <SelectField
                inline
                label={sourceLabel}
                value={source}
                choices={sourceChoices}
                onChange={setSource}
              />
            </>
          }
          count={t('office.conflicts.count', { count: rows.length })}
          empty={found?.length === 0 ? t('office.conflicts.empty') : t('office.conflicts.noMatch')}
          isEmpty={rows.length === 0}
          table={{ rows, columns, label: t('office.nav.conflicts'), rowKey: conflictKey }}
        />
      )}
    </ListScreen>
  );
}
