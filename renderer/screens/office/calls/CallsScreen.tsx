import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { packagesIssued, type Call } from '../../../../shared/domain/call';
import { pick } from '../../../../shared/domain/localized';
import { useAction } from '../../../api/use-channel';
import { ListScreen, ListTable } from '../../../components/ListScreen';
import type { Message } from '../../../components/OkNotice';
import {
  actionsColumn,
  codeColumn,
  drawnColumn,
  fieldColumn,
  shownColumn,
  valueColumn,
} from '../../../components/table/columns';
import type { TableColumn } from '../../../components/table/VirtualTable';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDay, formatYuan } from '../common/format';
import { useCalls, type CallRow } from '../common/useCalls';
import '../office.css';
import { CallForm } from './CallForm';
import { RubricEditor } from './RubricEditor';
import { CheckField } from '../../../components/FormField';

type Mode =
  { kind: 'list' } | { kind: 'create' } | { kind: 'edit'; call: Call } | { kind: 'rubric'; callId: string };

const statusTag: Record<Call['status'], string> = {
  draft: 'tag',
  reviewing: 'tag tag-ok',
  decided: 'tag tag-ok',
  archived: 'tag tag-warn',
};

/** Calls (项目指南): list, create from a template, edit settings and challenges, archive, open the rubric. */
export function CallsScreen() {
  const { t } = useT();
  const language = currentLanguage();
  const [showArchived, setShowArchived] = useState(false);
  const { calls, reload, setCallId, error: loadError } = useCalls(showArchived);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const action = useAction();
  const [notice, setNotice] = useState<Message[] | null>(null);

  const { run } = action;
  const archive = useCallback(
    async (call: Call) => {
      if (!window.confirm(t('office.calls.archiveConfirm', { code: call.code }))) return;
      if (!(await run('calls.archive', { callId: call.id }))) return;
      setNotice([{ key: 'office.calls.archived', params: { code: call.code } }]);
      await reload();
    },
    [t, run, reload],
  );

  const columns = useMemo<TableColumn<CallRow>[]>(
    () => [
      codeColumn('code', t('office.calls.code')),
      valueColumn('title', t('office.calls.title'), (call) => pick(call.title, language), {
        show: (call) => (
          <>
            <span className="vt-clip" title={pick(call.title, language)}>
              {pick(call.title, language)}
            </span>
            {call.category === 'challenge' && (
              <div className="muted small">
                {t('office.calls.challengeCount', { count: call.challenges.length })}
              </div>
            )}
          </>
        ),
      }),
      shownColumn('category', t('office.calls.category'), (call) => (
        <>
          <span className="tag">{t(`office.calls.categories.${call.category}`)}</span>
          {call.reviewMode === 'blind' && <span className="tag">{t('office.calls.reviewModes.blind')}</span>}
        </>
      )),
      shownColumn('status', t('office.calls.status'), (call) => (
        <span className={statusTag[call.status]}>{t(`office.calls.statuses.${call.status}`)}</span>
      )),
      fieldColumn('applicationCount', t('office.calls.applications'), { numeric: true }),
      valueColumn(
        'budgetEnvelope',
        t('office.calls.budgetEnvelope'),
        (call) => call.budgetEnvelope ?? undefined,
        {
          numeric: true,
          show: (call) => (call.budgetEnvelope === null ? '—' : formatYuan(call.budgetEnvelope, language)),
        },
      ),
      valueColumn('closesAt', t('office.calls.closesAt'), (call) => call.closesAt ?? '', {
        show: (call) => formatDay(call.closesAt),
      }),
      // Not sortable: a header button would share its name with each row's “Rubric” button.
      drawnColumn('rubric', t('office.calls.rubric'), (call) => `v${call.rubricVersion}`),
      actionsColumn(t('office.common.actions'), (call) => (
        <span className="row-actions">
          <button type="button" onClick={() => setMode({ kind: 'rubric', callId: call.id })}>
            {t('office.calls.editRubric')}
          </button>
          {call.status !== 'archived' && (
            <>
              <button type="button" onClick={() => setMode({ kind: 'edit', call })}>
                {t('office.calls.edit')}
              </button>
              <button type="button" className="danger" onClick={() => void archive(call)}>
                {t('office.calls.archive')}
              </button>
            </>
          )}
        </span>
      )),
    ],
    [t, language, archive],
  );

  if (mode.kind === 'rubric')
    return <RubricEditor callId={mode.callId} onClose={() => setMode({ kind: 'list' })} />;

  return (
    <ListScreen
      id="calls"
      title={t('office.nav.calls')}
      actions={
        mode.kind === 'list' && (
          <button type="button" className="primary" onClick={() => setMode({ kind: 'create' })}>
            {t('office.calls.new')}
          </button>
        )
      }
      error={loadError ?? action.error}
      onDismissError={() => action.setError(null)}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
    >
      {(mode.kind === 'create' || mode.kind === 'edit') && (
        <CallForm
          key={mode.kind === 'edit' ? mode.call.id : 'new'}
          call={mode.kind === 'edit' ? mode.call : null}
          packagesIssued={mode.kind === 'edit' && packagesIssued(mode.call.status)}
          onCancel={() => setMode({ kind: 'list' })}
          onSaved={(call) => {
            setNotice([
              {
                key: mode.kind === 'edit' ? 'office.calls.savedNotice' : 'office.calls.createdNotice',
                params: { code: call.code },
              },
            ]);
            setCallId(call.id);
            setMode({ kind: 'list' });
            void reload();
          }}
        />
      )}
      {mode.kind === 'list' && calls && (
        <ListTable
          filters={
            <CheckField
              label={t('office.calls.showArchived')}
              checked={showArchived}
              onChange={(checked) => setShowArchived(checked)}
            />
          }
          empty={t('office.calls.empty')}
          isEmpty={calls.length === 0}
          table={{ rows: calls, columns, label: t('office.nav.calls'), rowKey: (call) => call.id }}
        />
      )}
    </ListScreen>
  );
}
