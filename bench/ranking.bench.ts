/**
 * Ranking benchmark: `npx tsx bench/ranking.bench.ts`
 *
 * Synthetic panels with known structure (θ ~ N(0, 1), ν ~ N(0, 0.5²), e ~ N(0, 0.8²)), 5 distinct
 * reviewers per application drawn from a pool of n/10 reviewers. Times the full
 * rankApplications('bayes') call with default chains and iterations (fit + rank statistics +
 * funding line), best and median of several runs, the time per 1,000 sweeps and the 3,000 / 300
 * ratio (10 = linear in the number of applications).
 */
import { Random, sampleWithoutReplacement } from '../shared/random';
import { BAYES_DEFAULTS, rankApplications, type ScoreRow } from '../shared/ranking';
import { bestAndMedian } from './support/timing';

function panel(nApps: number, perApp: number, seed: string): ScoreRow[] {
  const rng = new Random(seed);
  const nRevs = Math.max(perApp * 2, Math.round(nApps / 10));
  const reviewers = Array.from({ length: nRevs }, (_, j) => `r${j}`);
  const nu = reviewers.map(() => 0.5 * rng.normal());
  const rows: ScoreRow[] = [];
  for (let i = 0; i < nApps; i++) {
    const theta = rng.normal();
    for (const r of sampleWithoutReplacement(rng, reviewers, perApp)) {
      const j = Number(r.slice(1));
      const y = 5 + theta + (nu[j] as number) + 0.8 * rng.normal();
      rows.push({ application: `a${i}`, reviewer: r, score: Math.round(y * 2) / 2 });
    }
  }
  return rows;
}

function time(rows: ScoreRow[], fundable: number): { ms: number; rhat: number | null } {
  const t0 = performance.now();
  const table = rankApplications({
    rows,
    direction: 'higher-is-better',
    method: 'bayes',
    seed: 'bench',
    fundable,
  });
  return { ms: performance.now() - t0, rhat: table.rhatMax };
}

/** Best and median of several runs, with the last run's R-hat. */
function repeat(
  rows: ScoreRow[],
  fundable: number,
  runs: number,
): { best: number; median: number; rhat: number | null } {
  const times: number[] = [];
  let rhat: number | null = null;
  for (let r = 0; r < runs; r++) {
    const t = time(rows, fundable);
    times.push(t.ms);
    rhat = t.rhat;
  }
  return { ...bestAndMedian(times), rhat };
}

const sweeps = BAYES_DEFAULTS.chains * (BAYES_DEFAULTS.burnIn + BAYES_DEFAULTS.iterations);
const small = panel(300, 5, 'bench-300');
const large = panel(3000, 5, 'bench-3000');
time(small, 30); // warm-up (JIT)
const s = repeat(small, 30, 5);
const l = repeat(large, 300, 3);
const settings = `${BAYES_DEFAULTS.chains} chains x (${BAYES_DEFAULTS.burnIn} burn-in + ${BAYES_DEFAULTS.iterations} iterations)`;
console.log(`settings: ${settings} = ${sweeps} sweeps, ${BAYES_DEFAULTS.keepDraws} draws kept for ranks`);
console.log(
  `300x5 (${small.length} scores): best ${s.best.toFixed(0)} ms, median ${s.median.toFixed(0)} ms of 5, rhatMax ${s.rhat?.toFixed(3)}`,
);
console.log(
  `3000x5 (${large.length} scores): best ${l.best.toFixed(0)} ms, median ${l.median.toFixed(0)} ms of 3, rhatMax ${l.rhat?.toFixed(3)}`,
);
console.log(
  `per 1000 sweeps (best): 300x5 ${((s.best / sweeps) * 1000).toFixed(1)} ms, 3000x5 ${((l.best / sweeps) * 1000).toFixed(1)} ms`,
);
console.log(`ratio 3000/300 (best): ${(l.best / s.best).toFixed(2)} (10 = linear)`);
