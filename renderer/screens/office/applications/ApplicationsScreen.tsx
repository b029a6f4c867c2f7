import { useEffect, useState } from 'react';
import { CheckField, SearchField, SelectField, choicesOf } from '../../../components/FormField';
import { useT } from '../../../i18n/use-t';
import type { ApplicationSort, ApplicationStatus } from '../../../../shared/domain/application';
import { useChannel, useLongCall } from '../../../api/use-channel';
import { ListBody, ListScreen } from '../../../components/ListScreen';
import { CallPicker } from '../common/CallPicker';
import { ImportPanel } from '../common/ImportPanel';
import { useCalls } from '../common/useCalls';
import '../office.css';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationsTable } from './ApplicationsTable';

const statuses = ['active', 'ineligible', 'withdrawn', 'archived'] as const;

/** Search waits this long after the last keystroke. */
const SEARCH_DELAY_MS = 250;

/** Applications of a call: import (with PDFs), full-text search, filters, sort, and detail. */
export function ApplicationsScreen() {
  const { t } = useT();
  const { calls, call, callId, setCallId, reload: reloadCalls, error: callsError } = useCalls();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [discipline, setDiscipline] = useState('');
  const [challenge, setChallenge] = useState('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [sort, setSort] = useState<ApplicationSort>('referenceNo');
  const [descending, setDescending] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const importer = useLongCall('applications.import');

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const list = useChannel(
    'applications.list',
    callId
      ? {
          callId,
          query: debounced,
          statuses: status ? [status] : [],
          ...(discipline ? { discipline } : {}),
          ...(challenge ? { challengeCode: challenge } : {}),
          flaggedOnly,
          sort,
          descending,
        }
      : null,
  );
  const page = list.value;
  const all = t('office.common.all');
  const [statusLabel, disciplineLabel, challengeLabel] = [
    t('office.applications.columns.status'),
    t('office.applications.columns.discipline'),
    t('office.detail.challenge'),
  ];
  const statusChoices = choicesOf(statuses, (value) => t(`office.applications.statuses.${value}`), all);
  const disciplineChoices = choicesOf(page?.disciplines ?? [], (value) => value, all);
  const challengeCodes = call?.challenges.map(({ code }) => code) ?? [];
  const challengeChoices = choicesOf(challengeCodes, (code) => code, all);

  if (openId) return <ApplicationDetail applicationId={openId} onBack={() => setOpenId(null)} />;

  return (
    <ListScreen
      id="applications"
      title={t('office.nav.applications')}
      actions={
        call && (
          <button
            type="button"
            className={importing ? '' : 'primary'}
            onClick={() => setImporting(!importing)}
            aria-expanded={importing}
          >
            {importing ? t('office.import.close') : t('office.applications.import')}
          </button>
        )
      }
      error={callsError ?? list.error}
      onDismissError={list.clearError}
    >
      <CallPicker calls={calls} callId={callId} onChange={setCallId} />
      {call && importing && (
        <ImportPanel
          title={t('office.applications.importTitle', { code: call.code })}
          hint={t('office.applications.importHint')}
          withAttachments
          allowValidRows
          importer={{ ...importer, run: (request) => importer.run({ callId: call.id, ...request }) }}
          onCommitted={() => {
            void list.reload();
            void reloadCalls();
          }}
        />
      )}
      {call && page && (
        <ListBody
          search
          filters={
            <>
              <SearchField
                label={t('office.applications.search')}
                hideLabel
                value={query}
                placeholder={t('office.applications.searchPlaceholder')}
                onChange={setQuery}
              />
              <SelectField
                inline
                label={statusLabel}
                value={status}
                choices={statusChoices}
                onChange={setStatus}
              />
              <SelectField
                inline
                label={disciplineLabel}
                value={discipline}
                choices={disciplineChoices}
                onChange={setDiscipline}
              />
              {call.category === 'challenge' && (
                <SelectField
                  inline
                  label={challengeLabel}
                  value={challenge}
                  choices={challengeChoices}
                  onChange={setChallenge}
                />
              )}
              <CheckField
                label={t('office.applications.flaggedOnly')}
                inline
                checked={flaggedOnly}
                onChange={setFlaggedOnly}
              />
            </>
          }
          count={t('office.applications.count', { shown: page.rows.length, total: page.total })}
          empty={
            debounced || status || discipline || flaggedOnly
              ? t('office.applications.noMatch')
              : t('office.applications.empty')
          }
          isEmpty={page.rows.length === 0}
        >
          <ApplicationsTable
            rows={page.rows}
            sort={sort}
            descending={descending}
            onSort={(next, nextDescending) => {
              setSort(next);
              setDescending(nextDescending);
            }}
            onOpen={setOpenId}
          />
        </ListBody>
      )}
    </ListScreen>
  );
}
