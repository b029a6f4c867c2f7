import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMergeStore, type MergeStore } from '../../db/repositories/merge';
import { rolledBack, storedHistory, storedReviews } from '../../test/support/db/merge-inspect';
import { workspaceDigest } from '../../test/support/db/workspace-digest';
import type { MergeRunResult } from '../../shared/contract/merge';
import { compareVersions, type VersionedReview } from '../../shared/domain/review';
import { checkAndApply } from './apply-reviews';
import { loadVerifySnapshot } from './snapshot';
import { verifyReviewBundle, type VerifiedBundle, type VerifySnapshot } from './verify-bundle';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  recusalReview,
  versioned,
  type Scenario,
} from '../../test/support/merge/scenario';
import {
  cloneOfficeWorkspace,
  openOfficeWorkspace,
  type OfficeWorkspace,
} from '../../test/support/merge/office';

/**
 * Merge is order-free and idempotent (docs/design-rules.md, Merge): random reviews from several reviewers
 * across revisions, bundled, merged in random orders with repeats, always give the same workspace;
 * merging a bundle again changes nothing. Bundles are real (signed, encrypted) and verified once;
 * each run applies them to the same workspace inside a transaction that is rolled back afterwards.
 */

/** One review in a generated bundle: which assigned application, revision, and what it says. */
interface ReviewSpec {
  app: number;
  revision: number;
  /** 0 and 1: two different scorings; 3: a recusal. A small domain, so versions collide often. */
  variant: number;
}
interface BundleSpec {
  reviewer: number;
  reviews: ReviewSpec[];
  /** Distinguishes re-exports: the same reviews in another file. */
  copy: number;
}

const REVIEWERS = 3;
const PER_REVIEWER = 3;
/** Bundles drawn (by fast-check, from a fixed seed) once; runs merge sequences of them. */
const POOL_SIZE = 60;

let scenario: Scenario;
let office: OfficeWorkspace;
let snapshot: VerifySnapshot;
let store: MergeStore;
let pool: BundleSpec[];
const verified = new Map<
  string,
  { bytes: Uint8Array; bundle: VerifiedBundle; versions: VersionedReview[] }
>();

const reviewSpecArb = fc.record({
  app: fc.integer({ min: 0, max: PER_REVIEWER - 1 }),
  revision: fc.integer({ min: 1, max: 2 }),
  variant: fc.constantFrom(0, 1, 3),
});
const bundleSpecArb: fc.Arbitrary<BundleSpec> = fc.record({
  reviewer: fc.integer({ min: 0, max: REVIEWERS - 1 }),
  reviews: fc.uniqueArray(reviewSpecArb, { minLength: 1, maxLength: PER_REVIEWER, selector: (r) => r.app }),
  copy: fc.constant(0),
});

async function prepare(spec: BundleSpec) {
  const key = JSON.stringify(spec);
  const known = verified.get(key);
  if (known) return known;
  const reviewer = scenario.reviewers[spec.reviewer]!;
  const versions = spec.reviews.map(({ app, revision, variant }) => {
    const applicationId = reviewer.applications[app]!;
    const content =
      variant === 3
        ? recusalReview(scenario, reviewer.id, applicationId)
        : completeReview(scenario, reviewer.id, applicationId, variant);
    return versioned(content, revision);
  });
  const bytes = await buildReviewBundle(scenario, reviewer, versions, {
    createdAt: `2026-11-2${spec.copy}T10:00:00.000Z`,
  });
  const entry = { bytes, bundle: await verifyReviewBundle(bytes, snapshot), versions };
  verified.set(key, entry);
  return entry;
}

let tick = 0;
function apply(bundle: VerifiedBundle): void {
  // A clock that moves: receipt times must not leak into the order-free content.
  tick += 1;
  const now = new Date(Date.UTC(2026, 10, 27, 9, 0, tick % 60, tick % 1000)).toISOString();
  checkAndApply(store, bundle, { fileName: `b${tick}.pdrev`, now });
}

const orderFree = () => workspaceDigest(office.db, { receipts: 'exclude' });

/** What merge must leave: per key the greatest version, and every version in the history. */
function expectOracle(versions: readonly VersionedReview[]): void {
  const winners = new Map<string, VersionedReview>();
  const all = new Map<string, VersionedReview>();
  for (const version of versions) {
    const key = `${version.content.applicationId}|${version.content.reviewerId}`;
    all.set(`${key}|${version.revision}|${version.digest}`, version);
    const current = winners.get(key);
    if (!current || compareVersions(version, current) > 0) winners.set(key, version);
  }
  const expectedReviews = [...winners.values()]
    .map((v) => ({
      applicationId: v.content.applicationId,
      reviewerId: v.content.reviewerId,
      revision: v.revision,
      digest: v.digest,
    }))
    .sort((a, b) => (a.applicationId + a.reviewerId < b.applicationId + b.reviewerId ? -1 : 1));
  expect(storedReviews(office.db)).toEqual(expectedReviews);
  const history = storedHistory(office.db);
  expect(history).toHaveLength(all.size);
  for (const row of history) {
    const winner = winners.get(`${row.applicationId}|${row.reviewerId}`)!;
    const expected =
      row.digest === winner.digest && row.revision === winner.revision
        ? 'applied'
        : row.revision === winner.revision
          ? 'conflict'
          : 'superseded';
    expect(row.outcome).toBe(expected);
  }
}

beforeAll(async () => {
  scenario = createScenario({
    seed: 'merge-order',
    reviewers: REVIEWERS,
    applications: 5,
    perReviewer: PER_REVIEWER,
  });
  office = await openOfficeWorkspace(scenario);
  snapshot = loadVerifySnapshot(office.db, {});
  store = createMergeStore(office.db);
  pool = fc.sample(bundleSpecArb, { numRuns: POOL_SIZE, seed: 20261127 });
  await Promise.all(pool.map(prepare));
});
afterAll(() => office.dispatcher.session.close());

describe('merge order and repetition', () => {
  it('gives the same workspace for any order, with repeats, and re-merging changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(
            fc.nat({ max: POOL_SIZE - 1 }).map((index) => pool[index]!),
            { minLength: 1, maxLength: 6 },
          )
          .chain((specs) =>
            fc.tuple(
              fc.constant(specs),
              fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length }),
              fc.nat({ max: specs.length - 1 }),
            ),
          ),
        async ([specs, shuffled, repeated]) => {
          const first = await Promise.all(specs.map(prepare));
          const second = await Promise.all([...shuffled, specs[repeated]!].map(prepare));
          const reexport = await prepare({ ...specs[repeated]!, copy: 1 });

          const inOrder = rolledBack(office.db, () => {
            first.forEach((entry) => apply(entry.bundle));
            expectOracle(first.flatMap((entry) => entry.versions));
            const digest = orderFree();
            const full = workspaceDigest(office.db);
            first.forEach((entry) => apply(entry.bundle));
            expect(workspaceDigest(office.db)).toBe(full);
            apply(reexport.bundle);
            expect(orderFree()).toBe(digest);
            return digest;
          });
          const shuffledDigest = rolledBack(office.db, () => {
            second.forEach((entry) => apply(entry.bundle));
            return orderFree();
          });
          expect(shuffledDigest).toBe(inOrder);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the same workspace through the full import, in two random orders', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(
            fc.nat({ max: POOL_SIZE - 1 }).map((index) => pool[index]!),
            { minLength: 2, maxLength: 5 },
          )
          .chain((specs) =>
            fc.tuple(
              fc.constant(specs),
              fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length }),
            ),
          ),
        async ([specs, shuffled]) => {
          const digests: string[] = [];
          for (const order of [specs, shuffled]) {
            const files = await Promise.all(
              order.map(async (spec, i) => ({ name: `${i}.pdrev`, bytes: (await prepare(spec)).bytes })),
            );
            const fresh = await cloneOfficeWorkspace(office);
            try {
              const result = await fresh.dispatcher.invoke(
                'merge.importBundles',
                { files },
                { language: 'en' },
              );
              if (!result.ok) throw new Error(result.message);
              const reports = (result.value as MergeRunResult).reports;
              expect(reports.every((report) => report.status !== 'refused')).toBe(true);
              digests.push(workspaceDigest(fresh.db, { receipts: 'exclude' }));
            } finally {
              fresh.dispatcher.session.close();
              rmSync(fresh.dir, { recursive: true, force: true });
            }
          }
          expect(digests[1]).toBe(digests[0]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
