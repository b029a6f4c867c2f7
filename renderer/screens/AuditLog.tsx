import { useEffect, useMemo, useState } from 'react';
import { translateOr, useT } from '../i18n/use-t';
import type { ResponseOf } from '../../shared/contract';
import { formatDateTime } from '../../shared/text/dates';
import { useChannel } from '../api/use-channel';
import { ListBody, ListScreen } from '../components/ListScreen';
import { type TableColumn, VirtualTable } from '../components/table/VirtualTable';
import { currentLanguage } from '../i18n/i18n';

type Entry = ResponseOf<'audit.list'>[number];

/** The areas an action belongs to: the part of its name before the first dot. */
const areas = [
  'workspace',
  'calls',
  'applications',
  'reviewers',
  'conflicts',
  'integrity',
  'assignments',
  'packages',
  'merge',
  'results',
  'reviewer',
] as const;
type Area = (typeof areas)[number];
const isArea = (value: string): value is Area => areas.some((area) => area === value);

/** How many entries the screen loads; the search and area filter run on all entries. */
const SHOWN = 500;
/** Search waits this long after the last keystroke. */
const SEARCH_DELAY_MS = 250;

/** Every import, decision, draw and export, newest first, in words, with search and an area filter. */
export function AuditLog() {
  const { t } = useT();
  const language = currentLanguage();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [area, setArea] = useState<Area | ''>('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const list = useChannel('audit.list', { limit: SHOWN, query: debounced, ...(area ? { area } : {}) });
  const entries = list.value;
  const filtered = debounced.trim() !== '' || area !== '';

  const columns = useMemo<TableColumn<Entry>[]>(
    () => [
      {
        id: 'at',
        header: t('ui.audit.at'),
        // Sorts by the ISO instant; shows it in the reader's form.
        accessorFn: (entry) => entry.at,
        cell: ({ row: { original } }) => formatDateTime(original.at, language),
      },
      {
        id: 'action',
        header: t('ui.audit.action'),
        // The table keeps each row's accessor value while its rows stay the same, so the words are
        // written by the cell, which follows a change of language.
        accessorFn: (entry) => entry.action,
        cell: ({ row: { original } }) =>
          translateOr(t, `ui.audit.actions.${original.action}`, original.action),
      },
      {
        id: 'subject',
        header: t('ui.audit.subject'),
        accessorFn: (entry) => entry.subjectLabel,
        meta: { clip: true },
      },
    ],
    [t, language],
  );

  return (
    <ListScreen id="audit" title={t('ui.nav.audit')} error={list.error} onDismissError={list.clearError}>
      {entries && (
        <ListBody
          search
          filters={
            <>
              <label className="inline">
                {t('ui.audit.search')}
                <input
                  type="search"
                  value={query}
                  placeholder={t('ui.audit.searchPlaceholder')}
                  onChange={(event) => setQuery(event.target.value)}
                />
              </label>
              <label className="inline">
                {t('ui.audit.area')}
                <select
                  value={area}
                  onChange={(event) => setArea(isArea(event.target.value) ? event.target.value : '')}
                >
                  <option value="">{t('ui.audit.allAreas')}</option>
                  {areas.map((option) => (
                    <option key={option} value={option}>
                      {t(`ui.audit.areas.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          }
          count={t('ui.audit.count', { count: entries.length })}
          empty={filtered ? t('ui.audit.noMatch') : t('ui.audit.empty')}
          isEmpty={entries.length === 0}
        >
          <VirtualTable
            rows={entries}
            columns={columns}
            label={t('ui.nav.audit')}
            rowKey={(entry) => String(entry.id)}
          />
        </ListBody>
      )}
    </ListScreen>
  );
}
