import type { RunRow } from '../../db/repositories/results';
import {
  rankParametersSchema,
  rankTableSchema,
  type RankParameters,
  type RankTableData,
} from '../../shared/domain/ranking-run';
import { AppError } from '../../shared/errors';

export interface StoredRun {
  id: string;
  callId: string;
  createdAt: string;
  inputDigest: string;
  parameters: RankParameters;
  table: RankTableData;
}

/** A run row read back through the same schemas it was written with. */
export function parseRun(row: RunRow): StoredRun {
  const parameters = rankParametersSchema.safeParse(safeJson(row.parametersJson));
  const table = rankTableSchema.safeParse(safeJson(row.outputJson));
  if (!parameters.success || !table.success) {
    throw new AppError('results.errors.corruptRow', { where: row.id, what: 'ranking run' });
  }
  return {
    id: row.id,
    callId: row.callId,
    createdAt: row.createdAt,
    inputDigest: row.inputDigest,
    parameters: parameters.data,
    table: table.data,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
