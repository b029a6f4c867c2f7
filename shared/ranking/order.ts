/**
 * Ordering a pool by declared rules. Tie blocks (equal on every rule) share the averaged
 * position; inside a block the id order is used for display only and decides nothing.
 */
import { compareByRules, type TieBreakRule, type TieBreakValues } from './tie-break';

export interface Ordered<T> {
  sorted: T[];
  blocks: T[][];
  /** id → 1-based position, tie blocks averaged. */
  position: Map<string, number>;
}

export function orderByRules<T extends { id: string }>(
  items: readonly T[],
  valuesOf: (item: T) => TieBreakValues,
  rules: readonly TieBreakRule[],
): Ordered<T> {
  const vals = new Map(items.map((c) => [c.id, valuesOf(c)]));
  const cmp = (a: T, b: T): number =>
    compareByRules(vals.get(a.id) as TieBreakValues, vals.get(b.id) as TieBreakValues, rules);
  const sorted = [...items].sort((a, b) => cmp(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const blocks: T[][] = [];
  for (const c of sorted) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && cmp(last[0] as T, c) === 0) last.push(c);
    else blocks.push([c]);
  }
  const position = new Map<string, number>();
  let start = 0;
  for (const b of blocks) {
    const pos = start + (b.length + 1) / 2;
    for (const c of b) position.set(c.id, pos);
    start += b.length;
  }
  return { sorted, blocks, position };
}
