import { useState } from 'react';
import type { PanelSectionProps, ReportNotice } from './panel-props';
import type { PanelView } from '../../../../shared/contract/panel';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { download } from '../results/format';
import { fillTimes, scheduleDraft, scheduleEntries, type ScheduleDraftRow } from './schedule-draft';
import { TableHead } from '../../../components/TableHead';

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
      ? t('panel.ui.schedule.incomplete')
      : null;

  const update = (
    applicationId: string,
    field: keyof Omit<ScheduleDraftRow, 'applicationId'>,
    value: string,
  ) => setRows(rows.map((row) => (row.applicationId === applicationId ? { ...row, [field]: value } : row)));

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
        <label className="panel-inline">
          {t('panel.ui.schedule.start')}
          <input
            type="date"
            value={start.date}
            onChange={(e) => setStart({ ...start, date: e.target.value })}
          />
        </label>
        <label className="panel-inline">
          {t('panel.ui.schedule.startTime')}
          <input
            type="time"
            value={start.time}
            onChange={(e) => setStart({ ...start, time: e.target.value })}
          />
        </label>
        <label className="panel-inline">
          {t('panel.ui.schedule.each')}
          <input
            type="number"
            min={1}
            max={600}
            value={start.minutes}
            onChange={(e) => setStart({ ...start, minutes: e.target.value })}
          />
        </label>
        <button
          type="button"
          disabled={fillBlocked !== null}
          title={fillBlocked ?? undefined}
          onClick={() => setRows(fillTimes(rows, { ...start, minutes: Number(start.minutes) }))}
        >
          {t('panel.ui.schedule.fillButton')}
        </button>
      </fieldset>
      <table className="table panel-table" aria-label={t('panel.ui.schedule.label')}>
        <TableHead
          headings={[
            t('panel.ui.schedule.columns.position'),
            t('panel.ui.schedule.columns.reference'),
            t('panel.ui.schedule.columns.title'),
            t('panel.ui.schedule.columns.date'),
            t('panel.ui.schedule.columns.time'),
            t('panel.ui.schedule.columns.minutes'),
          ]}
        />
        <tbody>
          {rows.map((row) => {
            const application = references.get(row.applicationId);
            const reference = application?.referenceNo ?? row.applicationId;
            return (
              <tr key={row.applicationId}>
                <td>
                  <input
                    className="panel-narrow"
                    type="number"
                    min={1}
                    aria-label={t('panel.ui.schedule.positionOf', { reference })}
                    value={row.position}
                    onChange={(e) => update(row.applicationId, 'position', e.target.value)}
                  />
                </td>
                <td className="mono">{reference}</td>
                <td className="panel-title-cell">{application?.title}</td>
                <td>
                  <input
                    type="date"
                    aria-label={t('panel.ui.schedule.dateOf', { reference })}
                    value={row.date}
                    onChange={(e) => update(row.applicationId, 'date', e.target.value)}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={t('panel.ui.schedule.timeOf', { reference })}
                    value={row.time}
                    onChange={(e) => update(row.applicationId, 'time', e.target.value)}
                  />
                </td>
                <td>
                  <input
                    className="panel-narrow"
                    type="number"
                    min={1}
                    max={600}
                    aria-label={t('panel.ui.schedule.minutesOf', { reference })}
                    value={row.minutes}
                    onChange={(e) => update(row.applicationId, 'minutes', e.target.value)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
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
        {!parsed.ok && <span className="hint">{saveBlocked}</span>}
      </div>
    </div>
  );
}
