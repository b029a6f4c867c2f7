/**
 * Merge benchmark: `npx tsx bench/merge.bench.ts` (or `npm run bench merge`).
 *
 * Demo-style data: one call (Horizon Europe rubric), 20,000 applications, 200 reviewers with 500
 * assigned applications each; 200 review bundles of 500 reviews = 100,000 reviews, each bundle
 * signed with its reviewer's Ed25519 key and encrypted to the office's X25519 key, on disk as
 * .pdrev files. Building all that is setup and is not timed.
 *
 * Timed, each in a fresh process on a fresh copy of the seeded workspace (so peak RSS is the
 * merge's own):
 * - merge: the full verified merge of the 200 files (`runMerge`, as `peerdesk merge` runs it):
 *   container, signature, decryption, schema, rubric, digests, enrolment, assignments, then one
 *   transaction per bundle with history, bundle log and audit;
 * - floor: a raw better-sqlite3 insert of the same reviews + review_scores rows in one transaction
 *   with prepared statements (bench/support/db/merge-floor.ts).
 * Each is run twice, alternating; the best of each is compared. Prints reviews/s, the ratio to
 * the floor and the merge's peak RSS (process.resourceUsage().maxRSS), and CPU time, which is
 * less disturbed than wall time on a shared machine. For the record it also times the merge with one
 * verification worker and the floor with the merge's page cache. Targets: ratio ≤ 1.5,
 * ≥ 50,000 reviews/s, peak RSS ≤ 300 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupDatabase } from '../db/backup';
import { insertReviewRowsRaw } from './support/db/merge-floor';
import { MERGE_CACHE_KIB } from '../db/repositories/merge';
import { openDatabase } from '../db/connection';
import { runMerge } from '../electron/merge/merge-run';
import { defaultWorkerCount } from '../electron/merge/verify-pool';
import { reviewRow, verifiedReview } from '../electron/merge/review-row';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  seedScenario,
  versioned,
  type Scenario,
} from '../test/support/merge/scenario';

const REVIEWERS = 200;
const PER_REVIEWER = 500;
const APPLICATIONS = 20_000;
const TOTAL = REVIEWERS * PER_REVIEWER;
const SEED = 'bench-merge';
const self = fileURLToPath(import.meta.url);

const scenario = (): Scenario =>
  createScenario({ seed: SEED, reviewers: REVIEWERS, applications: APPLICATIONS, perReviewer: PER_REVIEWER });

/** Every reviewer's reviews; variants differ per reviewer so scores are spread like real ones. */
const reviewsOf = (s: Scenario, index: number) => {
  const reviewer = s.reviewers[index]!;
  return reviewer.applications.map((app, k) => versioned(completeReview(s, reviewer.id, app, index + k), 1));
};

interface Timing {
  ms: number;
  /** CPU time of the process (all threads) during the timed part: a load-independent measure. */
  cpuMs: number;
  maxRssMb: number;
  applied?: number;
}

function child(mode: string, dir: string, variant = ''): Timing {
  const out = execFileSync(process.execPath, [...process.execArgv, self, mode, dir, variant], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as Timing;
}

async function setup(dir: string): Promise<void> {
  const s = scenario();
  const db = openDatabase(path.join(dir, 'seeded.sqlite'), { create: true });
  seedScenario(db, s);
  db.close();
  mkdirSync(path.join(dir, 'inbox'));
  for (let index = 0; index < REVIEWERS; index += 1) {
    const bytes = await buildReviewBundle(s, s.reviewers[index]!, reviewsOf(s, index));
    writeFileSync(path.join(dir, 'inbox', `reviewer-${String(index + 1).padStart(3, '0')}.pdrev`), bytes);
  }
}

async function freshCopy(dir: string, name: string): Promise<string> {
  const target = path.join(dir, `${name}-${process.pid}.sqlite`);
  const source = openDatabase(path.join(dir, 'seeded.sqlite'), { create: false });
  await backupDatabase(source, target);
  source.close();
  return target;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** `workers`: verification threads; undefined = the default for this machine. */
async function timeMerge(dir: string, workers: number | undefined): Promise<Timing> {
  const db = openDatabase(await freshCopy(dir, 'merge'), { create: false });
  const inbox = path.join(dir, 'inbox');
  const inputs = readdirSync(inbox)
    .sort()
    .map((name) => ({ name, source: path.join(inbox, name) }));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await runMerge(inputs, {
    db,
    services: { now: () => new Date() },
    language: 'en',
    signal: new AbortController().signal,
    progress: () => undefined,
    ...(workers === undefined ? {} : { workers }),
  });
  const ms = performance.now() - started;
  const cpuMs = cpuSince(cpu);
  db.close();
  const applied = result.reports.filter((report) => report.status === 'applied').length;
  return { ms, cpuMs, maxRssMb: peakRssMb(), applied };
}

/** `cacheKiB`: the page cache of the floor's connection; undefined = the workspace default. */
async function timeFloor(dir: string, cacheKiB: number | undefined): Promise<Timing> {
  const s = scenario();
  const batches = s.reviewers.map((reviewer, index) => ({
    reviewerId: reviewer.id,
    rows: reviewsOf(s, index).map((r) => reviewRow(verifiedReview(r.content, r.revision, r.digest))),
  }));
  const db = openDatabase(await freshCopy(dir, 'floor'), { create: false });
  const now = new Date().toISOString();
  const started = performance.now();
  const cpu = process.cpuUsage();
  insertReviewRowsRaw(db, s.callId, batches, now, cacheKiB);
  const ms = performance.now() - started;
  const cpuMs = cpuSince(cpu);
  db.close();
  return { ms, cpuMs, maxRssMb: peakRssMb() };
}

async function main(): Promise<void> {
  const [mode, dir, variant] = process.argv.slice(2);
  const option = variant ? Number(variant) : undefined;
  if (mode === 'setup' && dir) return void (await setup(dir));
  if (mode === 'merge' && dir) return void console.log(JSON.stringify(await timeMerge(dir, option)));
  if (mode === 'floor' && dir) return void console.log(JSON.stringify(await timeFloor(dir, option)));

  const work = path.join(tmpdir(), `peerdesk-bench-merge-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const setupStarted = performance.now();
    execFileSync(process.execPath, [...process.execArgv, self, 'setup', work], { stdio: 'inherit' });
    console.log(
      `setup (not timed): ${REVIEWERS} bundles x ${PER_REVIEWER} reviews = ${TOTAL} reviews, ` +
        `${APPLICATIONS} applications, ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );
    console.log(
      `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), ` +
        `verification workers: ${defaultWorkerCount()}`,
    );
    const merges: Timing[] = [];
    const floors: Timing[] = [];
    for (let round = 0; round < 2; round += 1) {
      floors.push(child('floor', work));
      merges.push(child('merge', work));
    }
    // For the record: the merge with one verification worker, the floor with the merge's cache.
    const withWorker = child('merge', work, '1');
    const floorCached = child('floor', work, String(MERGE_CACHE_KIB));
    for (const merge of [...merges, withWorker]) {
      if (merge.applied !== REVIEWERS)
        throw new Error(`only ${merge.applied} of ${REVIEWERS} bundles applied`);
    }
    const merge = merges.reduce((a, b) => (b.ms < a.ms ? b : a));
    const floor = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
    const rate = (ms: number) => Math.round(TOTAL / (ms / 1000));
    const list = (timings: Timing[]) =>
      timings.map((t) => `${(t.ms / 1000).toFixed(2)} s (cpu ${(t.cpuMs / 1000).toFixed(2)} s)`).join(', ');
    console.log(`merge runs: ${list(merges)}; floor runs: ${list(floors)}`);
    console.log(
      `verified merge: ${(merge.ms / 1000).toFixed(2)} s = ${rate(merge.ms)} reviews/s (target >= 50000)`,
    );
    console.log(`floor (raw insert): ${(floor.ms / 1000).toFixed(2)} s = ${rate(floor.ms)} reviews/s`);
    console.log(`ratio merge/floor: ${(merge.ms / floor.ms).toFixed(2)} (target <= 1.5)`);
    console.log(`peak RSS of the merge process: ${Math.round(merge.maxRssMb)} MB (target <= 300)`);
    console.log(
      `for the record: merge with 1 verification worker ${list([withWorker])}, ` +
        `peak RSS ${Math.round(withWorker.maxRssMb)} MB; floor with the merge's ${MERGE_CACHE_KIB / 1024} MB ` +
        `page cache ${list([floorCached])} (ratio ${(merge.ms / floorCached.ms).toFixed(2)})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
