import type { Db } from '../../db/connection';
import { listApplications } from '../../db/repositories/results-inputs';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { tablesToXlsx } from '../results/xlsx-write';
import { PdfWriter } from '../pdf/document';
import { panelView } from './view';

/** The defence (答辩) schedule in position order, as XLSX (one sheet) or PDF. */
export async function scheduleFile(
  db: Db,
  callReference: string,
  format: 'xlsx' | 'pdf',
  language: Language,
  created: Date,
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, `panel.pdf.${key}`, params);
  const view = panelView(db, callReference);
  const applications = new Map(listApplications(db, view.callId).map((a) => [a.id, a]));
  const rows = view.schedule.map((entry) => {
    const application = applications.get(entry.applicationId);
    return {
      position: entry.position,
      date: entry.date,
      time: entry.time,
      minutes: entry.minutes,
      reference: application?.referenceNo ?? entry.applicationId,
      pi: application?.piName ?? '',
      title: application?.title ?? '',
    };
  });
  const headers = [t('order'), t('date'), t('time'), t('minutes'), t('application'), t('pi'), t('title')];
  const baseName = `schedule-${view.callId}`;
  if (format === 'xlsx') {
    const bytes = await tablesToXlsx(
      [
        {
          name: t('scheduleTitle'),
          columns: headers.map((header, index) => ({
            header,
            kind: index === 0 || index === 3 ? 'integer' : 'text',
          })),
          rows: rows.map((row) => [
            row.position,
            row.date,
            row.time,
            row.minutes,
            row.reference,
            row.pi,
            row.title,
          ]),
        },
      ],
      { title: t('scheduleTitle'), created },
    );
    return {
      fileName: `${baseName}.xlsx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    };
  }
  const pdf = await PdfWriter.create({ title: t('scheduleTitle'), created, language });
  pdf.heading(t('scheduleTitle'));
  pdf.table(
    [
      { header: headers[0] ?? '', width: 36, align: 'right' },
      { header: headers[1] ?? '', width: 66 },
      { header: headers[2] ?? '', width: 40 },
      { header: headers[3] ?? '', width: 50, align: 'right' },
      { header: headers[4] ?? '', width: 90 },
      { header: headers[5] ?? '', width: 70 },
      { header: headers[6] ?? '', width: 143 },
    ],
    rows.map((row) => [
      String(row.position),
      row.date,
      row.time,
      String(row.minutes),
      row.reference,
      row.pi,
      row.title,
    ]),
  );
  return {
    fileName: `${baseName}.pdf`,
    mediaType: 'application/pdf',
    bytes: await pdf.finish((page, pages) => t('page', { page, pages })),
  };
}
