import { useCallback, useMemo, useState } from 'react';
import { translateOr, useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { Reviewer } from '../../../../shared/domain/reviewer';
import { useAction, useChannel, useLongCall } from '../../../api/use-channel';
import { ListScreen, ListTable } from '../../../components/ListScreen';
import { SearchField } from '../../../components/FormField';
import { actionsColumn, drawnColumn, shownColumn, valueColumn } from '../../../components/table/columns';
import type { TableColumn } from '../../../components/table/VirtualTable';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { ImportPanel } from '../common/ImportPanel';
import '../office.css';
import { ReviewerForm } from './ReviewerForm';

type Row = ResponseOf<'reviewers.list'>[number];
const keyStatusTag: Record<Row['keyStatus'], string> = {
  enrolled: 'tag tag-ok',
  'awaiting-re-enrolment': 'tag tag-warn',
  'not-enrolled': 'tag',
};

type Mode = { kind: 'list' } | { kind: 'import' } | { kind: 'form'; reviewer: Reviewer | null };

/** Reviewers (评审专家): import, add, edit, remove; load and enrolment at a glance. */
export function ReviewersScreen() {
  const { t } = useT();
  const list = useChannel('reviewers.list', {});
  const action = useAction();
  const importer = useLongCall('reviewers.import');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [filter, setFilter] = useState('');
  const rows = list.value;

  const { run } = action;
  const { reload } = list;
  const remove = useCallback(
    async (reviewer: Reviewer) => {
      if (!window.confirm(t('office.reviewers.deleteConfirm', { name: reviewer.name }))) return;
      if (await run('reviewers.delete', { reviewerId: reviewer.id })) await reload();
    },
    [t, run, reload],
  );

  const reenrol = useCallback(
    async (reviewer: Reviewer) => {
      const reason = window.prompt(t('office.reviewers.reenrolPrompt', { name: reviewer.name }), '');
      if (reason === null || reason.trim() === '') return;
      if (await run('reviewers.reenrol', { reviewerId: reviewer.id, reason: reason.trim() })) await reload();
    },
    [t, run, reload],
  );

  const needle = filter.trim().toLowerCase();
  const shown = (rows ?? []).filter(
    (row) =>
      needle === '' ||
      [row.name, row.email, row.institution, ...row.expertise].some((text) =>
        text.toLowerCase().includes(needle),
      ),
  );

  const columns = useMemo<TableColumn<Row>[]>(
    () => [
      shownColumn('name', t('office.reviewers.name'), (row) => (
        <>
          <div className="strong">{row.name}</div>
          <div className="muted small">{row.email}</div>
        </>
      )),
      valueColumn('institution', t('office.reviewers.institution'), (row) => row.institution || '—', {
        clip: true,
      }),
      drawnColumn('expertise', t('office.reviewers.expertise'), (row) =>
        row.expertise.map((keyword) => (
          <span className="tag" key={keyword}>
            {keyword}
          </span>
        )),
      ),
      valueColumn('languages', t('office.reviewers.languages'), (row) =>
        row.languages
          .map((language) => translateOr(t, `office.reviewers.languageNames.${language}`, language))
          .join(t('office.common.listSeparator')),
      ),
      shownColumn('assigned', t('office.reviewers.load'), (row) => `${row.assigned}/${row.maxLoad}`, {
        numeric: true,
      }),
      shownColumn('keyStatus', t('office.reviewers.status'), (row) => (
        <>
          <span className={keyStatusTag[row.keyStatus]}>
            {t(`office.reviewers.keyStatus.${row.keyStatus}`, { fingerprint: row.keyFingerprint ?? '' })}
          </span>
          {row.collaborators.length > 0 && (
            <span className="tag" title={row.collaborators.join('\n')}>
              {t('office.reviewers.collaboratorCount', { count: row.collaborators.length })}
            </span>
          )}
        </>
      )),
      actionsColumn(t('office.common.actions'), (row) => (
        <span className="row-actions">
          <button type="button" onClick={() => setMode({ kind: 'form', reviewer: row })}>
            {t('office.calls.edit')}
          </button>
          {row.keyStatus === 'enrolled' && (
            <button type="button" onClick={() => void reenrol(row)}>
              {t('office.reviewers.reenrol')}
            </button>
          )}
          <ReasonedButton
            className="danger"
            reasonShown="tooltip"
            blocked={row.assigned > 0 ? t('office.reviewers.removeBlocked', { count: row.assigned }) : null}
            busy={false}
            onClick={() => void remove(row)}
          >
            {t('office.common.remove')}
          </ReasonedButton>
        </span>
      )),
    ],
    [t, remove, reenrol],
  );

  return (
    <ListScreen
      id="reviewers"
      title={t('office.nav.reviewers')}
      actions={
        <>
          <button
            type="button"
            onClick={() => setMode(mode.kind === 'import' ? { kind: 'list' } : { kind: 'import' })}
            aria-expanded={mode.kind === 'import'}
          >
            {mode.kind === 'import' ? t('office.import.close') : t('office.reviewers.import')}
          </button>
          <button type="button" className="primary" onClick={() => setMode({ kind: 'form', reviewer: null })}>
            {t('office.reviewers.add')}
          </button>
        </>
      }
      error={list.error ?? action.error}
      onDismissError={() => {
        list.clearError();
        action.setError(null);
      }}
    >
      {mode.kind === 'import' && (
        <ImportPanel
          title={t('office.reviewers.importTitle')}
          hint={t('office.reviewers.importHint')}
          allowValidRows
          importer={importer}
          onCommitted={() => void list.reload()}
        />
      )}
      {mode.kind === 'form' && (
        <ReviewerForm
          key={mode.reviewer?.id ?? 'new'}
          reviewer={mode.reviewer}
          onCancel={() => setMode({ kind: 'list' })}
          onSaved={() => {
            setMode({ kind: 'list' });
            void list.reload();
          }}
        />
      )}
      {rows && (
        <ListTable
          filters={
            <SearchField label={t('office.reviewers.filter')} hideLabel value={filter} onChange={setFilter} />
          }
          count={t('office.reviewers.count', { count: rows.length })}
          empty={t('office.reviewers.empty')}
          isEmpty={rows.length === 0}
          table={{ rows: shown, columns, label: t('office.nav.reviewers'), rowKey: (row) => row.id }}
        />
      )}
    </ListScreen>
  );
}
