import type { PanelView } from '../../../../shared/contract/panel';

/** One schedule row as typed: strings until saved, so a half-typed number is kept. */
export interface ScheduleDraftRow {
  applicationId: string;
  position: string;
  date: string;
  time: string;
  minutes: string;
}

/** Rows for every active shortlisted application: the stored schedule first in its order, the rest after. */
export function scheduleDraft(view: PanelView): ScheduleDraftRow[] {
  const stored = new Map(view.schedule.map((entry) => [entry.applicationId, entry]));
  const rows = view.shortlist
    .filter((row) => row.removedReason === null)
    .map((row): ScheduleDraftRow => {
      const entry = stored.get(row.applicationId);
      return entry
        ? {
            applicationId: row.applicationId,
            position: String(entry.position),
            date: entry.date,
            time: entry.time,
            minutes: String(entry.minutes),
          }
        : { applicationId: row.applicationId, position: '', date: '', time: '', minutes: '' };
    });
  const order = (row: ScheduleDraftRow) =>
    row.position === '' ? Number.MAX_SAFE_INTEGER : Number(row.position);
  return rows.sort((a, b) => order(a) - order(b));
}

/** Numbers the rows 1… in their order and gives them back-to-back times from a start. */
export function fillTimes(
  rows: readonly ScheduleDraftRow[],
  start: { date: string; time: string; minutes: number },
): ScheduleDraftRow[] {
  const [hours = 0, minutes = 0] = start.time.split(':').map(Number);
  let at = hours * 60 + minutes;
  return rows.map((row, i) => {
    const time = `${String(Math.floor(at / 60) % 24).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
    at += start.minutes;
    return { ...row, position: String(i + 1), date: start.date, time, minutes: String(start.minutes) };
  });
}

export type ScheduleProblem = 'incomplete' | 'duplicate';

/** The entries to save, or why they cannot be saved. */
export function scheduleEntries(
  rows: readonly ScheduleDraftRow[],
): { ok: true; entries: PanelView['schedule'] } | { ok: false; problem: ScheduleProblem } {
  const entries: PanelView['schedule'] = [];
  for (const row of rows) {
    const position = Number(row.position);
    const minutes = Number(row.minutes);
    const complete =
      Number.isInteger(position) &&
      position >= 1 &&
      /^\d{4}-\d{2}-\d{2}$/.test(row.date) &&
      /^\d{2}:\d{2}$/.test(row.time) &&
      Number.isInteger(minutes) &&
      minutes >= 1 &&
      minutes <= 600;
    if (!complete) return { ok: false, problem: 'incomplete' };
    entries.push({ applicationId: row.applicationId, position, date: row.date, time: row.time, minutes });
  }
  if (new Set(entries.map((e) => e.position)).size !== entries.length)
    return { ok: false, problem: 'duplicate' };
  return { ok: true, entries: entries.sort((a, b) => a.position - b.position) };
}
