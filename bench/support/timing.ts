/** Best and median of several runs: the machine may be shared, the best is the cleanest figure. */
export function bestAndMedian(times: readonly number[]): { best: number; median: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { best: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

/** Prints `label: best … ms, median … ms`. */
export function reportTimes(label: string, times: readonly number[]): void {
  const { best, median } = bestAndMedian(times);
  console.log(`${label}: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms`);
}
