import {
  integrityEntryInputSchema,
  type IntegrityEntryInput,
  type IntegrityKind,
} from '../../shared/domain/integrity';
import { parseDate } from './cells';
import type { Column, ColumnSpec } from './headers';
import { eachWithProgress, type Work } from './progress';
import { logSchemaIssues, type IssueLog } from './report';
import { openSheet } from './sheet';
import type { Table, TableRow } from './table';

type Field = 'kind' | 'name' | 'institution' | 'validFrom' | 'validTo' | 'source' | 'reason';

export const integrityColumns: readonly ColumnSpec<Field>[] = [
  { field: 'kind', required: false, en: 'Type', zh: '类型', aliases: ['Kind', '对象类型'] },
  {
    field: 'name',
    required: true,
    en: 'Name',
    zh: '名称',
    aliases: ['姓名', '姓名或名称', '姓名/名称', '单位名称', '被处理对象'],
  },
  {
    field: 'institution',
    required: false,
    en: 'Institution',
    zh: '所在单位',
    aliases: ['Affiliation', '单位', '工作单位'],
  },
  {
    field: 'validFrom',
    required: false,
    en: 'Valid from',
    zh: '开始日期',
    aliases: ['From', 'Start', '起始日期', '处理起始日期'],
  },
  {
    field: 'validTo',
    required: false,
    en: 'Valid to',
    zh: '结束日期',
    aliases: ['To', 'Until', 'End', '截止日期', '处理截止日期'],
  },
  { field: 'source', required: false, en: 'Source', zh: '来源', aliases: ['信息来源', '发布机构'] },
  {
    field: 'reason',
    required: false,
    en: 'Reason',
    zh: '原因',
    aliases: ['Sanction', 'Misconduct', '失信行为', '处理原因', '处理结果'],
  },
];

const KINDS: Readonly<Record<string, IntegrityKind>> = {
  person: 'person',
  individual: 'person',
  人员: 'person',
  个人: 'person',
  institution: 'institution',
  organisation: 'institution',
  organization: 'institution',
  单位: 'institution',
  机构: 'institution',
};

/** Without a type column, a name that reads like an organisation is taken as an institution. */
const INSTITUTION_WORDS =
  /大学|学院|研究院|研究所|研究中心|医院|公司|集团|实验室|universit|institut|college|academy|hospital|company|ltd|inc\b/iu;

export async function validateIntegrityList(
  table: Table,
  log: IssueLog,
  work: Work,
): Promise<{ rows: number; valid: { row: number; input: IntegrityEntryInput }[] }> {
  const { rows, columns } = openSheet(table, integrityColumns, log);
  if (!columns) return { rows: rows.length, valid: [] };
  const valid: { row: number; input: IntegrityEntryInput }[] = [];
  await eachWithProgress(rows, work, 'office.import.progress.rows', (row) => {
    const input = validateRow(row, columns, log);
    if (input) valid.push({ row: row.number, input });
  });
  return { rows: rows.length, valid };
}

function validateRow(row: TableRow, columns: Map<Field, Column>, log: IssueLog): IntegrityEntryInput | null {
  const cell = (field: Field) => {
    const column = columns.get(field);
    return column ? (row.cells[column.index] ?? '').trim() : '';
  };
  const problem = (field: Field, key: string, params?: Record<string, string | number>) =>
    log.error(row.number, columns.get(field)?.header ?? '', key, params);
  const name = cell('name');
  if (name === '') problem('name', 'required');
  const kindText = cell('kind');
  let kind: IntegrityKind | undefined = INSTITUTION_WORDS.test(name) ? 'institution' : 'person';
  if (kindText !== '') {
    kind = KINDS[kindText.normalize('NFKC').toLowerCase()];
    if (!kind) problem('kind', 'unknownKind', { value: kindText });
  }
  const date = (field: 'validFrom' | 'validTo') => {
    const text = cell(field);
    if (text === '') return null;
    const parsed = parseDate(text);
    if (parsed.ok) return parsed.value;
    problem(field, parsed.problem, parsed.params);
    return null;
  };
  const validFrom = date('validFrom');
  const validTo = date('validTo');
  if (validFrom && validTo && validFrom > validTo)
    problem('validTo', 'periodReversed', { from: validFrom, to: validTo });
  if (log.rowsWithErrors.has(row.number) || !kind) return null;
  const parsed = integrityEntryInputSchema.safeParse({
    kind,
    name,
    institution: kind === 'person' ? cell('institution') : '',
    validFrom,
    validTo,
    source: cell('source'),
    reason: cell('reason'),
  });
  if (!parsed.success) {
    logSchemaIssues(log, row.number, columns, parsed.error, 'name');
    return null;
  }
  return parsed.data;
}
