import {
  applicationDraftSchema,
  budgetLinesTotal,
  type ApplicationDraft,
} from '../../shared/domain/application';
import type { CallCategory } from '../../shared/domain/call';
import { splitList } from '../../shared/normalize/text';
import { isEmail, parseAmount, parseBudgetLines, parseWhole, type Parsed } from './cells';
import type { Column, ColumnSpec } from './headers';
import { languageCodes } from './languages';
import { ownCopy } from './csv';
import { eachOfWithProgress, type Work } from './progress';
import { IssueLog } from './report';
import { openStreamedSheet } from './sheet';
import type { StreamedTable, TableRow } from './table';

type Field =
  | 'referenceNo'
  | 'title'
  | 'abstract'
  | 'keywords'
  | 'discipline'
  | 'challenge'
  | 'piName'
  | 'institution'
  | 'email'
  | 'team'
  | 'durationMonths'
  | 'requestedTotal'
  | 'budgetLines'
  | 'languages';

/** The documented columns (docs/import-formats.md); headers match in either language. */
export const applicationColumns: readonly ColumnSpec<Field>[] = [
  {
    field: 'referenceNo',
    required: true,
    en: 'Reference No.',
    zh: '申请编号',
    aliases: ['Reference number', 'Reference', 'Application No.', '项目编号', '申请书编号', '受理编号'],
  },
  {
    field: 'title',
    required: true,
    en: 'Title',
    zh: '项目名称',
    aliases: ['Project title', '题目', '申请项目名称'],
  },
  {
    field: 'abstract',
    required: false,
    en: 'Abstract',
    zh: '摘要',
    aliases: ['Summary', '项目摘要', '中文摘要'],
  },
  { field: 'keywords', required: false, en: 'Keywords', zh: '关键词', aliases: ['Key words'] },
  {
    field: 'discipline',
    required: false,
    en: 'Discipline',
    zh: '学科',
    aliases: ['Field', 'Subject area', '学科代码', '申请代码', '学科领域'],
  },
  {
    field: 'challenge',
    required: false,
    en: 'Challenge',
    zh: '榜单',
    aliases: ['Challenge code', '榜单编号', '揭榜榜单'],
  },
  {
    field: 'piName',
    required: true,
    en: 'Principal investigator',
    zh: '项目负责人',
    aliases: ['PI', 'PI name', 'Applicant', '负责人', '申请人', '负责人姓名'],
  },
  {
    field: 'institution',
    required: true,
    en: 'Institution',
    zh: '依托单位',
    aliases: [
      'Host institution',
      'Organisation',
      'Organization',
      'Affiliation',
      '申请单位',
      '单位',
      '所在单位',
      '工作单位',
    ],
  },
  {
    field: 'email',
    required: false,
    en: 'E-mail',
    zh: '电子邮箱',
    aliases: ['Email', 'E-mail address', '邮箱', '电子邮件'],
  },
  {
    field: 'team',
    required: false,
    en: 'Team members',
    zh: '项目组成员',
    aliases: ['Team', 'Co-investigators', '团队成员', '主要参与者', '参与人员'],
  },
  {
    field: 'durationMonths',
    required: false,
    en: 'Duration (months)',
    zh: '研究期限（月）',
    aliases: ['Duration', '执行期限', '研究期限', '执行期'],
    unit: 'months',
  },
  {
    field: 'requestedTotal',
    required: true,
    en: 'Requested total (CNY)',
    zh: '申请经费（元）',
    aliases: [
      'Requested amount',
      'Requested total',
      'Budget',
      '申请金额',
      '申请总额',
      '经费总额',
      '申请资助经费',
    ],
    unit: 'money',
  },
  {
    field: 'budgetLines',
    required: false,
    en: 'Budget lines (CNY)',
    zh: '预算明细（元）',
    aliases: ['Budget by work package', 'Budget lines', '分年度预算', '经费明细'],
    unit: 'money',
  },
  {
    field: 'languages',
    required: false,
    en: 'Language',
    zh: '申请书语言',
    aliases: ['Languages', 'Application language', '语言', '撰写语言'],
  },
];

export interface ApplicationRowsContext {
  category: CallCategory;
  /** Reference numbers already in the call. */
  existing: ReadonlySet<string>;
  /** The call's challenges by code. */
  challenges: ReadonlyMap<string, string>;
}

export interface ValidApplication {
  row: number;
  draft: ApplicationDraft;
  challengeId: string | null;
}

/** How many valid rows the import shows as a preview. */
export const PREVIEW_ROWS = 20;

export interface CheckedApplications {
  /** Data rows in the file, counted in the report. */
  rows: number;
  /** Reference numbers of the valid rows, in file order (their own copies, not views of the file). */
  references: string[];
  /** The first PREVIEW_ROWS valid rows. */
  preview: ValidApplication[];
  /** Every valid row again, read and validated anew from the file in batches; see {@link checkApplications}. */
  validBatches: () => Generator<ValidApplication[]>;
}

/**
 * Validates every row of an applications sheet without writing anything. Each problem is logged
 * with its row and column. Cross-row rule: a reference number may appear once in the file and must
 * not exist in the call already. Only the reference numbers and a preview are kept: the rows
 * themselves are read again, in batches, by `validBatches` when they are written, so a large file
 * is never held as all its drafts at once.
 */
export async function checkApplications(
  table: StreamedTable,
  context: ApplicationRowsContext,
  log: IssueLog,
  work: Work,
): Promise<CheckedApplications> {
  const sheet = openStreamedSheet(table, applicationColumns, log);
  const { columns } = sheet;
  const references: string[] = [];
  const preview: ValidApplication[] = [];
  const validBatches = () => eachValidBatch(sheet.batches(), columns, context);
  if (!columns) return { rows: sheet.rows, references, preview, validBatches };
  const firstRowOf = new Map<string, number>();
  await eachOfWithProgress(
    rowsOf(sheet.batches()),
    sheet.rows,
    work,
    'office.import.progress.rows',
    (row) => {
      const result = validateRow(row, columns, context, log, firstRowOf);
      if (!result || log.rowsWithErrors.has(row.number)) return;
      references.push(result.draft.referenceNo);
      if (preview.length < PREVIEW_ROWS) preview.push(result);
    },
  );
  return { rows: sheet.rows, references, preview, validBatches };
}

function* rowsOf(batches: Iterable<TableRow[]>): Generator<TableRow> {
  for (const batch of batches) yield* batch;
}

/**
 * The valid rows of each batch, validated as {@link checkApplications} did. Meant for a file that
 * check found no error in: every row comes back, in order.
 */
function* eachValidBatch(
  batches: Iterable<TableRow[]>,
  columns: Map<Field, Column> | null,
  context: ApplicationRowsContext,
): Generator<ValidApplication[]> {
  if (!columns) return;
  const log = new IssueLog();
  const firstRowOf = new Map<string, number>();
  for (const batch of batches) {
    const valid: ValidApplication[] = [];
    for (const row of batch) {
      const result = validateRow(row, columns, context, log, firstRowOf);
      if (result && !log.rowsWithErrors.has(row.number)) valid.push(result);
    }
    yield valid;
  }
}

function validateRow(
  row: TableRow,
  columns: Map<Field, Column>,
  context: ApplicationRowsContext,
  log: IssueLog,
  firstRowOf: Map<string, number>,
): ValidApplication | null {
  const cell = (field: Field) => {
    const column = columns.get(field);
    return column ? (row.cells[column.index] ?? '') : '';
  };
  const header = (field: Field) => columns.get(field)?.header ?? '';
  const multiplier = (field: Field) => columns.get(field)?.multiplier ?? 1;
  const problem = (field: Field, key: string, params?: Record<string, string | number>) =>
    log.error(row.number, header(field), key, params);
  const take = <T>(field: Field, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problem(field, parsed.problem, parsed.params);
    return undefined;
  };
  const required = (field: Field, value: string) => {
    if (value.trim() === '') problem(field, 'required');
    return value;
  };

  // Kept beyond the row (duplicate check, attachments): its own copy, not a view of the file's text.
  const referenceNo = ownCopy(required('referenceNo', cell('referenceNo').trim()));
  if (referenceNo !== '') {
    const first = firstRowOf.get(referenceNo);
    if (first !== undefined)
      problem('referenceNo', 'duplicateInFile', { value: referenceNo, firstRow: first });
    else firstRowOf.set(referenceNo, row.number);
    if (context.existing.has(referenceNo))
      problem('referenceNo', 'duplicateExisting', { value: referenceNo });
  }
  // Free text is kept exactly as written (only checked for being non-blank).
  const title = required('title', cell('title'));
  const piName = required('piName', cell('piName').trim());
  const institution = required('institution', cell('institution').trim());
  const email = cell('email').trim();
  if (email !== '' && !isEmail(email)) problem('email', 'badEmail', { value: email });

  const challengeCode = cell('challenge').trim();
  let challengeId: string | null = null;
  if (context.category === 'challenge') {
    if (challengeCode === '') problem('challenge', 'required');
    else {
      challengeId = context.challenges.get(challengeCode) ?? null;
      if (!challengeId)
        problem('challenge', 'unknownChallenge', {
          value: challengeCode,
          known: [...context.challenges.keys()].join(', '),
        });
    }
  } else if (challengeCode !== '') problem('challenge', 'challengeNotInCall', { value: challengeCode });

  const durationText = cell('durationMonths').trim();
  const durationMonths =
    durationText === ''
      ? null
      : take('durationMonths', parseWhole(durationText, multiplier('durationMonths'), 1));
  const totalText = required('requestedTotal', cell('requestedTotal').trim());
  const requestedTotal =
    totalText === ''
      ? undefined
      : take('requestedTotal', parseAmount(totalText, multiplier('requestedTotal')));
  const linesText = cell('budgetLines').trim();
  const budgetLines =
    linesText === '' ? [] : take('budgetLines', parseBudgetLines(linesText, multiplier('budgetLines')));
  if (budgetLines && budgetLines.length > 0 && requestedTotal !== undefined) {
    const sum = budgetLinesTotal(budgetLines);
    if (sum !== requestedTotal) problem('budgetLines', 'budgetSumMismatch', { sum, total: requestedTotal });
  }
  if (requestedTotal === undefined || budgetLines === undefined || durationMonths === undefined) return null;

  const parsed = applicationDraftSchema.safeParse({
    referenceNo,
    title,
    abstract: cell('abstract'),
    keywords: splitList(cell('keywords')),
    discipline: cell('discipline').trim(),
    challengeCode: challengeCode === '' ? null : challengeCode,
    piName,
    institution,
    email,
    team: splitList(cell('team')),
    durationMonths,
    requestedTotal,
    budgetLines,
    languages: languageCodes(cell('languages')),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] ?? '') as Field;
      const maximum = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
      if (maximum !== undefined) problem(field, 'tooLong', { max: maximum });
      else if (!log.rowsWithErrors.has(row.number)) problem(field, 'invalidValue', { detail: issue.message });
    }
    return null;
  }
  return { row: row.number, draft: parsed.data, challengeId };
}
