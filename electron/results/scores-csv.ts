import type { ScoreRowData } from '../../shared/domain/ranking-run';
import { AppError } from '../../shared/errors';
import { CsvSyntaxError, isBlankLine, readCsvRecords, type CsvRecord } from '../imports/csv';

export interface ScoreTable {
  rows: ScoreRowData[];
  /** Per application, when the file has an `award` column (yuan), for --envelope. */
  awards: Record<string, number>;
}

const REQUIRED = ['application', 'reviewer', 'score'] as const;

/**
 * A score table from elsewhere: columns `application,reviewer,score` (any order, header names
 * case-insensitive), optionally `award`. An empty score is a missing review, never a zero.
 */
export function parseScoreTable(text: string): ScoreTable {
  const [header, ...records] = readScoreRecords(text);
  if (!header) throw new AppError('results.errors.csvEmpty');
  const names = header.cells.map((name) => name.trim().toLowerCase());
  const index = (name: string) => names.indexOf(name);
  for (const name of REQUIRED) {
    if (index(name) < 0) throw new AppError('results.errors.csvColumn', { column: name });
  }
  const awardAt = index('award');
  const rows: ScoreRowData[] = [];
  const awards: Record<string, number> = {};
  for (const record of records) {
    const cell = (at: number) => (record.cells[at] ?? '').trim();
    const application = cell(index('application'));
    const reviewer = cell(index('reviewer'));
    if (application === '' || reviewer === '') {
      throw new AppError('results.errors.csvMissingId', { line: record.line });
    }
    const scoreText = cell(index('score'));
    const score = scoreText === '' ? null : Number(scoreText);
    if (score !== null && !Number.isFinite(score)) {
      throw new AppError('results.errors.csvScore', { line: record.line, value: scoreText });
    }
    rows.push({ application, reviewer, score });
    if (awardAt >= 0 && cell(awardAt) !== '') {
      const award = Number(cell(awardAt));
      const known = awards[application];
      if (!Number.isSafeInteger(award) || award < 0 || (known !== undefined && known !== award)) {
        throw new AppError('results.errors.csvAward', { line: record.line, value: cell(awardAt) });
      }
      awards[application] = award;
    }
  }
  if (rows.length === 0) throw new AppError('results.errors.csvEmpty');
  return { rows, awards };
}

/** Comma-separated records without blank lines; a malformed quote is refused with its line. */
function readScoreRecords(text: string): CsvRecord[] {
  try {
    return readCsvRecords(text.replace(/^\uFEFF/, ''), { delimiter: ',', strayQuotes: 'refuse' }).filter(
      (record) => !isBlankLine(record),
    );
  } catch (cause) {
    if (!(cause instanceof CsvSyntaxError)) throw cause;
    throw new AppError(
      cause.reason === 'strayQuote' ? 'results.errors.csvQuote' : 'results.errors.csvUnterminated',
      { line: cause.line },
    );
  }
}
