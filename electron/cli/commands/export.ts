import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { ok, type Result } from '../../../shared/result';
import { inWorkspace, requireString, UsageError, defineCommand, type CliInput } from '../command';

const FORMATS = ['xlsx', 'csv', 'pdf', 'bundle'] as const;
const TABLES = ['ranking', 'reviews', 'budgets', 'decisions'] as const;

interface Written {
  file: string;
  bytes: number;
  passphrase: string | null;
}

/** Writes the bytes a handler made; an existing file is never overwritten (also used by `panel minutes`). */
export function save(
  input: CliInput,
  out: string,
  bytes: Uint8Array,
  passphrase: string | null,
): Result<Written> {
  const file = path.resolve(out);
  try {
    writeFileSync(file, bytes, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const refusal = new AppError('errors.fileExists', { path: file });
      return {
        ok: false,
        code: refusal.code,
        message: translate(input.language, refusal.code, refusal.params),
        params: refusal.params,
      };
    }
    throw error;
  }
  return ok({ file, bytes: bytes.length, passphrase });
}

export const exportCommand = defineCommand({
  path: ['export'],
  summary: 'results.cli.export',
  usage:
    '--workspace FILE --call CALL --format xlsx|csv|pdf|bundle --out FILE [--table ranking|reviews|budgets|decisions] [--encrypt]',
  options: {
    workspace: { type: 'string' },
    call: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    table: { type: 'string' },
    encrypt: { type: 'boolean' },
  },
  run: (input) => {
    const { values } = input;
    const format = requireString(values, 'format');
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) {
      throw new UsageError('--format must be xlsx, csv, pdf or bundle');
    }
    const table = typeof values.table === 'string' ? values.table : 'ranking';
    if (!TABLES.includes(table as (typeof TABLES)[number])) {
      throw new UsageError('--table must be ranking, reviews, budgets or decisions');
    }
    const out = requireString(values, 'out');
    const callId = requireString(values, 'call');
    return inWorkspace(input, async () => {
      if (format === 'bundle') {
        const bundle = await input.invoke('results.bundle', { callId, encrypt: values.encrypt === true });
        return bundle.ok ? save(input, out, bundle.value.bytes, bundle.value.passphrase) : bundle;
      }
      const file = await input.invoke('results.export', {
        callId,
        format: format as 'xlsx' | 'csv' | 'pdf',
        table: table as (typeof TABLES)[number],
      });
      return file.ok ? save(input, out, file.value.bytes, null) : file;
    });
  },
  human: (value: Written, language: Language) =>
    [
      translate(language, 'results.cli.exported', { file: value.file, bytes: value.bytes }),
      ...(value.passphrase
        ? [translate(language, 'results.cli.passphrase', { passphrase: value.passphrase })]
        : []),
    ].join('\n'),
});
