/**
 * Autosave commit latency: `npx tsx bench/autosave.bench.ts [saves]`
 *
 * A reviewer workspace on a temp folder (WAL, synchronous=FULL: every acknowledged save is on disk),
 * a realistic review growing keystroke by keystroke, saved through the dispatcher exactly as the
 * renderer's debounced autosave calls it. Reports p50 / p90 / p99 / max of the time from the call
 * to the acknowledged commit, beside a floor measured in the same run on the same disk: one raw
 * durable commit of the same drafts (bench/support/db/autosave-floor.ts), and the p50 ratio.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { reviewerTestApp } from '../test/support/reviewer/app';
import { buildFixturePackage, nsfcFixtureRubric } from '../test/support/reviewer/fixtures';
import { rawDurableCommits } from './support/db/autosave-floor';

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Prints the percentiles of `samples` and returns their p50. */
function report(label: string, samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `${label.padEnd(34)} n=${sorted.length}  p50 ${f(percentile(sorted, 50))}  p90 ${f(percentile(sorted, 90))}  p99 ${f(percentile(sorted, 99))}  max ${f(sorted[sorted.length - 1] ?? 0)}`,
  );
  return percentile(sorted, 50);
}

async function main(): Promise<void> {
  const saves = Number(process.argv[2] ?? 1000);
  const app = reviewerTestApp();
  const pkg = await buildFixturePackage();
  const workspace = path.join(app.dataDir, 'bench.peerdesk.sqlite');
  await app.ok('reviewer.openPackage', {
    source: { bytes: pkg.bytes },
    passphrase: pkg.passphrase,
    workspacePath: workspace,
  });
  const rubric = nsfcFixtureRubric();
  const criteria = rubric.criteria.map((criterion) => criterion.id);
  const sentence = '申请人前期工作扎实，研究方案总体可行，但对关键技术风险的分析不够充分。';

  // Warm-up: the first save creates the review row.
  await app.ok('reviewer.saveDraft', {
    applicationId: 'GX-NSF-2026-001',
    draft: { comments: { strengths: '' } },
  });
  const latencies: number[] = [];
  const payloads: string[] = [];
  for (let i = 0; i < saves; i += 1) {
    const strengths = sentence.repeat(1 + Math.floor(i / 40)).slice(0, 20 + i);
    const draft = {
      scores: Object.fromEntries(criteria.map((id, k) => [id, ((i + k) % 4) + 1])),
      comments: { strengths, weaknesses: sentence },
      recommendation: i % 2 === 0 ? 'fundable' : 'priority',
    };
    payloads.push(JSON.stringify(draft));
    const started = performance.now();
    await app.ok('reviewer.saveDraft', { applicationId: `GX-NSF-2026-00${(i % 3) + 1}`, draft });
    latencies.push(performance.now() - started);
  }
  console.log(
    `Autosave through the dispatcher on ${process.platform}/${process.arch}, Node ${process.version}`,
  );
  const p50 = report('saveDraft, call to acknowledged commit', latencies);
  const floor = report(
    'floor: raw durable commit of the draft',
    rawDurableCommits(path.join(app.dataDir, 'floor.sqlite'), payloads),
  );
  console.log(`p50 ratio to the floor: ${(p50 / floor).toFixed(1)}×`);
  app.dispatcher.session.close();
  rmSync(app.dataDir, { recursive: true, force: true });
}

await main();
