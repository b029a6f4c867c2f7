import { useState } from 'react';
import type { PanelSectionProps, ReportNotice } from './panel-props';
import type { PanelView } from '../../../../shared/contract/panel';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { download } from '../results/format';
import { fillTimes, scheduleDraft, scheduleEntries, type ScheduleDraftRow } from './schedule-draft';
import { ReportTable, type ReportColumn } from '../../../components/table/ReportTable';

type RowField = keyof Omit<ScheduleDraftRow, 'applicationId'>;
const MINUTES = { type: 'number', min: 1, max: 600 } as const;

/** The start of a run of defences: the first date and time, and the minutes each takes. */
const START_FIELDS = [
  { name: 'date', label: 'panel.ui.schedule.start', input: { type: 'date' } },
  { name: 'time', label: 'panel.ui.schedule.startTime', input: { type: 'time' } },
  { name: 'minutes', label: 'panel.ui.schedule.each', input: MINUTES },
] as const;

/** A schedule row's own fields, each named after its application's reference for screen readers. */
const ROW_FIELDS = {
  position: {
    label: 'panel.ui.schedule.positionOf',
    input: { type: 'number', min: 1, className: 'panel-narrow' },
  },
  date: { label: 'panel.ui.schedule.dateOf', input: { type: 'date' } },
  time: { label: 'panel.ui.schedule.timeOf', input: { type: 'time' } },
  minutes: { label: 'panel.ui.schedule.minutesOf', input: { ...MINUTES, className: 'panel-narrow' } },
} as const;

const sameSchedule = (a: PanelView['schedule'], b: PanelView['schedule']) =>
  JSON.stringify([...a].sort((x, y) => x.position - y.position)) ===
  JSON.stringify([...b].sort((x, y) => x.position - y.position));

/** The defence (答辩) schedule: order, date, time and minutes per applicant; XLSX and PDF. */
export function ScheduleEditor({ view, results, onSaved }: PanelSectionProps & { onSaved: ReportNotice }) {
  const { t } = useT();
  const action = useAction();
  const [rows, setRows] = useState<ScheduleDraftRow[]>(() => scheduleDraft(view));
  const [start, setStart] = useState({ date: '', time: '09:00', minutes: '20' });
  const references = new Map(results.applications.map((a) => [a.id, a]));
  const parsed = scheduleEntries(rows);
  const changed = !parsed.ok || !sameSchedule(parsed.entries, view.schedule);
  const saveBlocked = !parsed.ok
    ? t(`panel.ui.schedule.${parsed.problem}`)
    : !changed
      ? t('panel.ui.schedule.unchanged')
      : null;
  const exportBlocked =
    view.schedule.length === 0
      ? t('panel.ui.schedule.empty')
      : changed
        ? t('panel.ui.schedule.saveFirst')
        : null;
  const fillBlocked =
    !/^\d{4}-\d{2}-\d{2}$/.test(start.date) ||
    !/^\d{2}:\d{2}$/.test(start.time) ||
    !(Number(start.minutes) >= 1)
      ? t('panel.ui.schedule.fillIncomplete')
      : null;

  const update = (applicationId: string, field: RowField, value: string) =>
    setRows(rows.map((row) => (row.applicationId === applicationId ? { ...row, [field]: value } : row)));

  const referenceOf = (row: ScheduleDraftRow) =>
    references.get(row.applicationId)?.referenceNo ?? row.applicationId;
  const rowInput = (row: ScheduleDraftRow, field: RowField) => (
    <input
      {...ROW_FIELDS[field].input}
      aria-label={t(ROW_FIELDS[field].label, { reference: referenceOf(row) })}
      value={row[field]}
      onChange={(e) => update(row.applicationId, field, e.target.value)}
    />
  );

  const columns: ReportColumn<ScheduleDraftRow>[] = [
    { heading: t('panel.ui.schedule.columns.position'), cell: (row) => rowInput(row, 'position') },
    { heading: t('panel.ui.schedule.columns.reference'), cell: referenceOf, className: 'mono' },
    {
      heading: t('panel.ui.schedule.columns.title'),
      cell: (row) => references.get(row.applicationId)?.title,
      className: 'panel-title-cell',
    },
    { heading: t('panel.ui.schedule.columns.date'), cell: (row) => rowInput(row, 'date') },
    { heading: t('panel.ui.schedule.columns.time'), cell: (row) => rowInput(row, 'time') },
    { heading: t('panel.ui.schedule.columns.minutes'), cell: (row) => rowInput(row, 'minutes') },
  ];

  const save = async () => {
    if (!parsed.ok) return;
    const saved = await action.run('panel.schedule.set', { callId: view.callId, entries: parsed.entries });
    if (saved) onSaved({ key: 'panel.ui.schedule.saved' });
  };
  const exportAs = async (format: 'xlsx' | 'pdf') => {
    const file = await action.run('panel.schedule.export', { callId: view.callId, format });
    if (!file) return;
    download(file);
    onSaved({ key: 'panel.ui.savedDownload', params: { file: file.fileName } });
  };

  return (
    <div className="panel-schedule">
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <fieldset className="panel-add">
        <legend>{t('panel.ui.schedule.fill')}</legend>
        {START_FIELDS.map((field) => (
          <label key={field.name} className="panel-inline">
            {t(field.label)}
            <input
              {...field.input}
              value={start[field.name]}
              onChange={(e) => setStart({ ...start, [field.name]: e.target.value })}
            />
          </label>
        ))}
        <ReasonedButton
          blocked={fillBlocked}
          busy={false}
          onClick={() => setRows(fillTimes(rows, { ...start, minutes: Number(start.minutes) }))}
        >
          {t('panel.ui.schedule.fillButton')}
        </ReasonedButton>
      </fieldset>
      <ReportTable
        className="panel-table"
        label={t('panel.ui.schedule.label')}
        rows={rows}
        rowKey={(row) => row.applicationId}
        columns={columns}
      />
      <div className="toolbar panel-actions">
        <ReasonedButton blocked={saveBlocked} busy={action.busy} primary onClick={() => void save()}>
          {t('panel.ui.schedule.save')}
        </ReasonedButton>
        <ReasonedButton blocked={exportBlocked} busy={action.busy} onClick={() => void exportAs('xlsx')}>
          {t('panel.ui.schedule.exportXlsx')}
        </ReasonedButton>
        <ReasonedButton blocked={exportBlocked} busy={action.busy} onClick={() => void exportAs('pdf')}>
          {t('panel.ui.schedule.exportPdf')}
        </ReasonedButton>
      </div>
    </div>
  );
}
