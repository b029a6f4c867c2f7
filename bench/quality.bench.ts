/**
 * Review-quality benchmark: `npx tsx bench/quality.bench.ts` (or `npm run bench quality`).
 *
 * One synthetic call of 3,000 applications × 5 reviews (seeded: θ ~ N(0, 1), leniency
 * ν ~ N(0, 0.5²), noise N(0, 0.8²), scores rounded to half points, 300 reviewers). Times the whole
 * qualityReport (alpha with its 1,000-replicate bootstrap, ICC, discordance, reviewer figures and
 * funded shares at k = 300) for each method, best of several runs, and prints each as a ratio to a
 * floor measured in the same run: plain per-application means (aggregateScores) of the same rows.
 */
import { Random, sampleWithoutReplacement } from '../shared/random';
import { aggregateScores, type ScoreRow } from '../shared/ranking';
import { qualityReport } from '../shared/quality';

function call(nApps: number, perApp: number, seed: string): ScoreRow[] {
  const rng = new Random(seed);
  const reviewers = Array.from({ length: Math.round(nApps / 10) }, (_, j) => `r${j}`);
  const nu = reviewers.map(() => 0.5 * rng.normal());
  const rows: ScoreRow[] = [];
  for (let i = 0; i < nApps; i++) {
    const theta = rng.normal();
    for (const r of sampleWithoutReplacement(rng, reviewers, perApp)) {
      const y = 5 + theta + (nu[Number(r.slice(1))] as number) + 0.8 * rng.normal();
      rows.push({ application: `a${i}`, reviewer: r, score: Math.round(y * 2) / 2 });
    }
  }
  return rows;
}

/** Best wall time and best CPU time (user + system) of several runs: the machine may be shared. */
function best(runs: number, f: () => void): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const rows = call(3000, 5, 'bench-quality-3000');
const floor = best(10, () => aggregateScores(rows));
console.log(
  `3000x5 (${rows.length} scores); floor = plain means: ${floor.wall.toFixed(1)} ms wall, ${floor.cpu.toFixed(1)} ms CPU (best of 10)`,
);
for (const [method, runs] of [
  ['mean', 3],
  ['zscore', 3],
  ['bayes', 2],
] as const) {
  let alpha: number | null = null;
  const t = best(runs, () => {
    alpha = qualityReport({ rows, direction: 'higher-is-better', method, seed: 'bench', fundable: 300 }).alpha
      .interval;
  });
  console.log(
    `quality ${method.padEnd(6)}: best ${t.wall.toFixed(0)} ms wall = ${(t.wall / floor.wall).toFixed(0)}x floor, ${t.cpu.toFixed(0)} ms CPU = ${(t.cpu / floor.cpu).toFixed(0)}x floor (of ${runs}; alpha ${(alpha as number | null)?.toFixed(3)})`,
  );
}
