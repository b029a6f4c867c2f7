import type { Row, RowData, SortingFn } from '@tanstack/react-table';
import { compareText } from '../../../shared/text/collate';

/** Strings by the zh-CN collator, everything else (numbers, booleans) by value. */
export function collatedSort<T extends RowData>(): SortingFn<T> {
  return (a: Row<T>, b: Row<T>, columnId: string) => {
    const left = a.getValue<unknown>(columnId);
    const right = b.getValue<unknown>(columnId);
    if (typeof left === 'string' && typeof right === 'string') return compareText(left, right);
    return compareValues(left, right);
  };
}

/** Numbers and booleans by value (`true` after `false`); anything else counts as equal. */
function compareValues(left: unknown, right: unknown): number {
  const l = typeof left === 'boolean' ? Number(left) : left;
  const r = typeof right === 'boolean' ? Number(right) : right;
  if (typeof l !== 'number' || typeof r !== 'number') return 0;
  return l === r ? 0 : l > r ? 1 : -1;
}
