import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import type { Language } from '../../shared/i18n/catalogs';
import { loadCallInputs } from './call-inputs';
import { tableToCsv } from './csv-write';
import { exportTables, type ExportTable } from './export-tables';
import { panelReportPdf } from './pdf-report';
import { safeFilePart } from './results-bundle';
import { buildViewFrom } from './view';
import { tablesToXlsx } from './xlsx-write';

export interface ExportRequest {
  callId: string;
  format: 'xlsx' | 'csv' | 'pdf';
  table: ExportTable['id'];
}

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** A committee file for one call, as bytes (the doors save or download it), audit-logged. */
export async function exportResults(
  db: Db,
  request: ExportRequest,
  language: Language,
  now: Date,
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  const inputs = loadCallInputs(db, request.callId);
  const view = buildViewFrom(db, inputs);
  const base = safeFilePart(inputs.call.code);
  let fileName: string;
  let bytes: Uint8Array;
  if (request.format === 'pdf') {
    fileName = `${base}-panel-report.pdf`;
    bytes = await panelReportPdf(view, now, language);
  } else {
    const tables = exportTables(view, inputs, language);
    if (request.format === 'xlsx') {
      fileName = `${base}-results.xlsx`;
      bytes = await tablesToXlsx(tables, { title: inputs.call.code, created: now });
    } else {
      const chosen = tables.find((table) => table.id === request.table) as ExportTable;
      fileName = `${base}-${request.table}.csv`;
      bytes = tableToCsv(chosen);
    }
  }
  appendAudit(db, {
    at: now.toISOString(),
    actor: 'local',
    action: 'results.export',
    subject: inputs.call.id,
    details: {
      format: request.format,
      table: request.format === 'csv' ? request.table : null,
      fileName,
      bytes: bytes.length,
    },
  });
  return { fileName, mediaType: MEDIA_TYPES[request.format], bytes };
}
