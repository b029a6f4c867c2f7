/**
 * Small descriptive statistics. All functions ignore nothing silently: callers pass only the
 * values that count (submitted, non-missing) and get null where a statistic is undefined.
 */

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const hi = s[mid] as number;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] as number) + hi) / 2;
}

/** Sample standard deviation (divisor n − 1); null when n < 2. */
export function sampleSd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs) as number;
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  return Math.sqrt(ss / (xs.length - 1));
}

/**
 * Quantile of already-sorted ascending values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, R's default, which ERforResearch's summaries use).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Ranks with ties averaged; rank 1 goes to the LARGEST value (callers orient values first).
 * Order-independent: equal values get equal ranks whatever their positions.
 */
export function ranksDescending(values: readonly number[]): number[] {
  const idx = values.map((_, i) => i);
  idx.sort((a, b) => (values[b] as number) - (values[a] as number));
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    const v = values[idx[i] as number] as number;
    while (j + 1 < idx.length && values[idx[j + 1] as number] === v) j++;
    const r = (i + 1 + j + 1) / 2;
    for (let k = i; k <= j; k++) ranks[idx[k] as number] = r;
    i = j + 1;
  }
  return ranks;
}

/** Spearman rank correlation (Pearson on tie-averaged ranks). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length < 2)
    throw new RangeError('spearman needs two samples of equal length >= 2');
  return pearson(ranksDescending(a), ranksDescending(b));
}

export function pearson(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length < 2)
    throw new RangeError('pearson needs two samples of equal length >= 2');
  const ma = mean(a) as number;
  const mb = mean(b) as number;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}
