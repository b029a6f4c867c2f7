import { reviewerInputSchema, type ReviewerInput } from '../../shared/domain/reviewer';
import { emailKey, splitList } from '../../shared/normalize/text';
import { isEmail, parseWhole } from './cells';
import { languageCodes } from './languages';
import type { Column, ColumnSpec } from './headers';
import { eachWithProgress, type Work } from './progress';
import { logSchemaIssues, type IssueLog } from './report';
import { openSheet } from './sheet';
import type { Table, TableRow } from './table';

type Field = 'name' | 'email' | 'institution' | 'expertise' | 'languages' | 'collaborators' | 'maxLoad';

export const reviewerColumns: readonly ColumnSpec<Field>[] = [
  { field: 'name', required: true, en: 'Name', zh: '姓名', aliases: ['Full name', 'Reviewer', '专家姓名'] },
  {
    field: 'email',
    required: true,
    en: 'E-mail',
    zh: '电子邮箱',
    aliases: ['Email', 'E-mail address', '邮箱', '电子邮件'],
  },
  {
    field: 'institution',
    required: false,
    en: 'Institution',
    zh: '工作单位',
    aliases: ['Affiliation', 'Organisation', 'Organization', '单位', '所在单位', '依托单位'],
  },
  {
    field: 'expertise',
    required: false,
    en: 'Expertise',
    zh: '研究方向',
    aliases: ['Expertise keywords', 'Keywords', 'Research areas', '专业领域', '专长', '关键词'],
  },
  { field: 'languages', required: false, en: 'Languages', zh: '评审语言', aliases: ['Language', '语言'] },
  {
    field: 'collaborators',
    required: false,
    en: 'Collaborators',
    zh: '合作者',
    aliases: ['Declared collaborators', 'Co-authors', '合作人员', '需回避人员'],
  },
  {
    field: 'maxLoad',
    required: false,
    en: 'Maximum load',
    zh: '评审上限',
    aliases: ['Max load', 'Max applications', '最大评审数', '最多评审数量'],
  },
];

/** The load a reviewer gets when the sheet does not say. */
export const DEFAULT_MAX_LOAD = 10;

/**
 * Validates a reviewers sheet without writing. E-mail identifies a reviewer: it must be valid and
 * appear once in the file and not already be registered (ignoring case).
 */
export async function validateReviewers(
  table: Table,
  existingEmails: ReadonlySet<string>,
  log: IssueLog,
  work: Work,
): Promise<{ rows: number; valid: { row: number; input: ReviewerInput }[] }> {
  const { rows, columns } = openSheet(table, reviewerColumns, log);
  if (!columns) return { rows: rows.length, valid: [] };
  const firstRowOf = new Map<string, number>();
  const valid: { row: number; input: ReviewerInput }[] = [];
  await eachWithProgress(rows, work, 'office.import.progress.rows', (row) => {
    const input = validateRow(row, columns, existingEmails, firstRowOf, log);
    if (input && !log.rowsWithErrors.has(row.number)) valid.push({ row: row.number, input });
  });
  return { rows: rows.length, valid };
}

function validateRow(
  row: TableRow,
  columns: Map<Field, Column>,
  existingEmails: ReadonlySet<string>,
  firstRowOf: Map<string, number>,
  log: IssueLog,
): ReviewerInput | null {
  const cell = (field: Field) => {
    const column = columns.get(field);
    return column ? (row.cells[column.index] ?? '') : '';
  };
  const problem = (field: Field, key: string, params?: Record<string, string | number>) =>
    log.error(row.number, columns.get(field)?.header ?? '', key, params);

  const name = cell('name').trim();
  if (name === '') problem('name', 'required');
  const email = cell('email').trim();
  if (email === '') problem('email', 'required');
  else if (!isEmail(email)) problem('email', 'badEmail', { value: email });
  else {
    const key = emailKey(email);
    const first = firstRowOf.get(key);
    if (first !== undefined) problem('email', 'duplicateInFile', { value: email, firstRow: first });
    else firstRowOf.set(key, row.number);
    if (existingEmails.has(key)) problem('email', 'duplicateExisting', { value: email });
  }
  const loadText = cell('maxLoad').trim();
  const load = loadText === '' ? { ok: true as const, value: DEFAULT_MAX_LOAD } : parseWhole(loadText, 1, 0);
  if (!load.ok) problem('maxLoad', load.problem, load.params);

  const parsed = reviewerInputSchema.safeParse({
    name,
    email,
    institution: cell('institution').trim(),
    expertise: splitList(cell('expertise')),
    languages: languageCodes(cell('languages')),
    collaborators: splitList(cell('collaborators')),
    maxLoad: load.ok ? load.value : 0,
  });
  if (log.rowsWithErrors.has(row.number)) return null;
  if (!parsed.success) {
    logSchemaIssues(log, row.number, columns, parsed.error, 'name');
    return null;
  }
  return parsed.data;
}
