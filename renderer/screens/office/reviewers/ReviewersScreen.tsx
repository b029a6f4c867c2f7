import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import type { Reviewer } from '../../../../shared/domain/reviewer';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ImportPanel } from '../common/ImportPanel';
import '../office.css';
import { ReviewerForm } from './ReviewerForm';

type Rows = ResponseOf<'reviewers.list'>;
type Mode = { kind: 'list' } | { kind: 'import' } | { kind: 'form'; reviewer: Reviewer | null };

/** Reviewers (评审专家): import, add, edit, remove; load and enrolment at a glance. */
export function ReviewersScreen() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Rows | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<Err | null>(null);

  const load = useCallback(async () => {
    const result = await api().invoke('reviewers.list', {});
    if (result.ok) setRows(result.value);
    else setError(result);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove(reviewer: Reviewer) {
    if (!window.confirm(t('office.reviewers.deleteConfirm', { name: reviewer.name }))) return;
    const result = await api().invoke('reviewers.delete', { reviewerId: reviewer.id });
    if (!result.ok) return setError(result);
    await load();
  }

  const needle = filter.trim().toLowerCase();
  const shown = (rows ?? []).filter(
    (row) =>
      needle === '' ||
      [row.name, row.email, row.institution, ...row.expertise].some((text) =>
        text.toLowerCase().includes(needle),
      ),
  );

  return (
    <section className="screen office-screen" aria-labelledby="reviewers-title">
      <div className="screen-heading">
        <h1 id="reviewers-title">{t('office.nav.reviewers')}</h1>
        <div className="toolbar">
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
        </div>
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {mode.kind === 'import' && (
        <ImportPanel
          title={t('office.reviewers.importTitle')}
          hint={t('office.reviewers.importHint')}
          run={(request, options) => api().invoke('reviewers.import', request, options)}
          onCommitted={() => void load()}
        />
      )}
      {mode.kind === 'form' && (
        <ReviewerForm
          key={mode.reviewer?.id ?? 'new'}
          reviewer={mode.reviewer}
          onCancel={() => setMode({ kind: 'list' })}
          onSaved={() => {
            setMode({ kind: 'list' });
            void load();
          }}
        />
      )}
      {rows && (
        <>
          <div className="toolbar filters">
            <label className="inline">
              <span className="visually-hidden">{t('office.reviewers.filter')}</span>
              <input
                type="search"
                value={filter}
                placeholder={t('office.reviewers.filter')}
                onChange={(event) => setFilter(event.target.value)}
              />
            </label>
            <span className="muted" role="status">
              {t('office.reviewers.count', { count: rows.length })}
            </span>
          </div>
          {rows.length === 0 ? (
            <p className="muted">{t('office.reviewers.empty')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('office.reviewers.name')}</th>
                  <th scope="col">{t('office.reviewers.institution')}</th>
                  <th scope="col">{t('office.reviewers.expertise')}</th>
                  <th scope="col">{t('office.reviewers.languages')}</th>
                  <th scope="col" className="num">
                    {t('office.reviewers.load')}
                  </th>
                  <th scope="col">{t('office.reviewers.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('office.common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <div className="strong">{row.name}</div>
                      <div className="muted small">{row.email}</div>
                    </td>
                    <td>{row.institution || '—'}</td>
                    <td>
                      {row.expertise.map((keyword) => (
                        <span className="tag" key={keyword}>
                          {keyword}
                        </span>
                      ))}
                    </td>
                    <td>
                      {row.languages
                        .map((language) =>
                          t(`office.reviewers.languageNames.${language}`, { defaultValue: language }),
                        )
                        .join(t('office.common.listSeparator'))}
                    </td>
                    <td className="num">
                      {row.assigned}/{row.maxLoad}
                    </td>
                    <td>
                      <span className={row.enrolled ? 'tag tag-ok' : 'tag'}>
                        {row.enrolled ? t('office.reviewers.enrolled') : t('office.reviewers.notEnrolled')}
                      </span>
                      {row.collaborators.length > 0 && (
                        <span className="tag" title={row.collaborators.join('\n')}>
                          {t('office.reviewers.collaboratorCount', { count: row.collaborators.length })}
                        </span>
                      )}
                    </td>
                    <td className="row-actions">
                      <button type="button" onClick={() => setMode({ kind: 'form', reviewer: row })}>
                        {t('office.calls.edit')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => void remove(row)}
                        disabled={row.assigned > 0}
                      >
                        {t('office.common.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
