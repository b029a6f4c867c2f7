import type { ReviewerRecord, CreditWeights } from '../../shared/contract/reviewer-record';
import { creditComponents } from '../../shared/contract/reviewer-record';
import { pick } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { Cell, ColumnKind } from '../results/export-tables';
import { tablesToXlsx } from '../results/xlsx-write';

const round = (value: number | null, digits = 3): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The reviewer record as a workbook: one row per reviewer and call with every figure and the
 * credit score, then the declared weights, then the officer's notes. Text goes through the
 * project's XLSX writer and its cell guard (names may start with = + - @).
 */
export async function reviewerRecordXlsx(
  record: { weights: CreditWeights; reviewers: readonly ReviewerRecord[] },
  language: Language,
  created: Date,
): Promise<Uint8Array> {
  const t = (key: string) => translate(language, `quality.record.${key}`);
  const columns: { header: string; kind: ColumnKind }[] = [
    { header: t('columns.reviewer'), kind: 'text' },
    { header: t('columns.institution'), kind: 'text' },
    { header: t('columns.call'), kind: 'text' },
    { header: t('columns.assigned'), kind: 'integer' },
    { header: t('columns.submitted'), kind: 'integer' },
    { header: t('columns.recused'), kind: 'integer' },
    { header: t('columns.conflicts'), kind: 'integer' },
    { header: t('columns.onTime'), kind: 'decimal' },
    { header: t('columns.daysLate'), kind: 'decimal' },
    { header: t('columns.leniency'), kind: 'decimal' },
    { header: t('columns.agreement'), kind: 'decimal' },
    { header: t('columns.commentLength'), kind: 'decimal' },
    { header: t('columns.rating'), kind: 'decimal' },
    { header: t('credit'), kind: 'decimal' },
  ];
  const rows: Cell[][] = record.reviewers.flatMap((reviewer) =>
    reviewer.calls.map((c): Cell[] => [
      reviewer.name,
      reviewer.institution,
      `${c.code} ${pick(c.title, language)}`,
      c.assigned,
      c.submitted,
      c.recused,
      c.declaredConflicts,
      round(c.onTimeShare),
      round(c.medianDaysLate, 1),
      round(c.leniency),
      round(c.agreement),
      round(c.commentLength, 0),
      round(c.meanRating, 2),
      round(c.credit.score, 1),
    ]),
  );
  return await tablesToXlsx(
    [
      { name: t('title'), columns, rows },
      {
        name: t('weightsTitle'),
        columns: [
          { header: t('weightsTitle'), kind: 'text' },
          { header: t('weightsValue'), kind: 'decimal' },
        ],
        rows: creditComponents.map((c) => [t(`components.${c}`), record.weights[c]]),
      },
      {
        name: t('annotationsTitle'),
        columns: [
          { header: t('columns.reviewer'), kind: 'text' },
          { header: t('annotationsDate'), kind: 'text' },
          { header: t('annotationsTitle'), kind: 'text' },
        ],
        rows: record.reviewers.flatMap((r) => r.annotations.map((a) => [r.name, a.createdAt, a.note])),
      },
    ],
    { title: t('title'), created },
  );
}
