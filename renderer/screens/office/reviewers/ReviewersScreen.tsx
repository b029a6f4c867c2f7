import { useCallback, useMemo, useState } from 'react';
import { translateOr, useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { Reviewer } from '../../../../shared/domain/reviewer';
import { api } from '../../../api/api';
import { useAction, useChannel } from '../../../api/use-channel';
import { ListBody, ListScreen } from '../../../components/ListScreen';
import { SearchField } from '../../../components/FormField';
import { type TableColumn, VirtualTable } from '../../../components/table/VirtualTable';
import { ImportPanel } from '../common/ImportPanel';
import '../office.css';
import { ReviewerForm } from './ReviewerForm';

type Row = ResponseOf<'reviewers.list'>[number];
type Mode = { kind: 'list' } | { kind: 'import' } | { kind: 'form'; reviewer: Reviewer | null };

/** Reviewers (评审专家): import, add, edit, remove; load and enrolment at a glance. */
export function ReviewersScreen() {
  const { t } = useT();
  const list = useChannel('reviewers.list', {});
  const action = useAction();
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
      {
        id: 'name',
        header: t('office.reviewers.name'),
        accessorFn: (row) => row.name,
        cell: ({ row: { original } }) => (
          <>
            <div className="strong">{original.name}</div>
            <div className="muted small">{original.email}</div>
          </>
        ),
      },
      {
        id: 'institution',
        header: t('office.reviewers.institution'),
        accessorFn: (row) => row.institution || '—',
        meta: { clip: true },
      },
      {
        id: 'expertise',
        header: t('office.reviewers.expertise'),
        enableSorting: false,
        cell: ({ row: { original } }) =>
          original.expertise.map((keyword) => (
            <span className="tag" key={keyword}>
              {keyword}
            </span>
          )),
      },
      {
        id: 'languages',
        header: t('office.reviewers.languages'),
        accessorFn: (row) =>
          row.languages
            .map((language) => translateOr(t, `office.reviewers.languageNames.${language}`, language))
            .join(t('office.common.listSeparator')),
      },
      {
        id: 'load',
        header: t('office.reviewers.load'),
        accessorFn: (row) => row.assigned,
        cell: ({ row: { original } }) => `${original.assigned}/${original.maxLoad}`,
        meta: { numeric: true },
      },
      {
        id: 'status',
        header: t('office.reviewers.status'),
        accessorFn: (row) => row.keyStatus,
        cell: ({ row: { original } }) => (
          <>
            <span
              className={
                original.keyStatus === 'enrolled'
                  ? 'tag tag-ok'
                  : original.keyStatus === 'awaiting-re-enrolment'
                    ? 'tag tag-warn'
                    : 'tag'
              }
            >
              {t(`office.reviewers.keyStatus.${original.keyStatus}`, {
                fingerprint: original.keyFingerprint ?? '',
              })}
            </span>
            {original.collaborators.length > 0 && (
              <span className="tag" title={original.collaborators.join('\n')}>
                {t('office.reviewers.collaboratorCount', { count: original.collaborators.length })}
              </span>
            )}
          </>
        ),
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">{t('office.common.actions')}</span>,
        enableSorting: false,
        cell: ({ row: { original } }) => (
          <span className="row-actions">
            <button type="button" onClick={() => setMode({ kind: 'form', reviewer: original })}>
              {t('office.calls.edit')}
            </button>
            {original.keyStatus === 'enrolled' && (
              <button type="button" onClick={() => void reenrol(original)}>
                {t('office.reviewers.reenrol')}
              </button>
            )}
            <button
              type="button"
              className="danger"
              onClick={() => void remove(original)}
              disabled={original.assigned > 0}
              title={
                original.assigned > 0
                  ? t('office.reviewers.removeBlocked', { count: original.assigned })
                  : undefined
              }
            >
              {t('office.common.remove')}
            </button>
          </span>
        ),
      },
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
          run={(request, options) => api().invoke('reviewers.import', request, options)}
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
        <ListBody
          filters={
            <SearchField
              label={t('office.reviewers.filter')}
              hideLabel
              value={filter}
              placeholder={t('office.reviewers.filter')}
              onChange={setFilter}
            />
          }
          count={t('office.reviewers.count', { count: rows.length })}
          empty={t('office.reviewers.empty')}
          isEmpty={rows.length === 0}
        >
          <VirtualTable
            rows={shown}
            columns={columns}
            label={t('office.nav.reviewers')}
            rowKey={(row) => row.id}
          />
        </ListBody>
      )}
    </ListScreen>
  );
}
