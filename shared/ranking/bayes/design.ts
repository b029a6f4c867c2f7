/**
 * The data layout the sampler runs on.
 *
 * Invariants:
 * - Only observed cells are present: a missing score (null) is absent, never imputed as zero.
 * - Applications and reviewers are indexed in sorted id order and observations sorted by
 *   (application, reviewer), so the fit never depends on row order.
 * - `y` is oriented (larger = better) and centred: y = oriented score − μ, where μ is fixed at the
 *   mean of the application means, as ERforResearch does.
 * - Two index lists (CSR layout) give each application's and each reviewer's observations as
 *   contiguous ranges, so a sweep touches memory sequentially and allocates nothing.
 */
import { aggregateScores } from '../aggregate';
import { orient } from '../direction';
import { sampleSd } from '../stats';
import type { Direction, ScoreRow } from '../types';

export interface Design {
  direction: Direction;
  applications: string[];
  reviewers: string[];
  /** I, J, N. */
  nApps: number;
  nRevs: number;
  nObs: number;
  /** Fixed overall mean on the oriented scale. */
  mu: number;
  /** SD of all oriented scores (scale for the variance priors); 1 when undefined or 0. */
  scale: number;
  /** Observations in application order: app a owns [appStart[a], appStart[a+1]). */
  appStart: Int32Array;
  appObsRev: Int32Array;
  appObsY: Float64Array;
  /** The same observations in reviewer order: reviewer r owns [revStart[r], revStart[r+1]). */
  revStart: Int32Array;
  revObsApp: Int32Array;
  revObsY: Float64Array;
  /** Observed scores per application / reviewer. */
  appN: Int32Array;
  revN: Int32Array;
  /** Raw (unoriented) mean score per application. */
  appMean: Float64Array;
  /**
   * Whether the reviewer term ν is in the model. It is dropped when no reviewer scored two or more
   * applications: leniency is then not identified at all (ν_j + e_ij is one number per reviewer),
   * the variances s² and σ² trade off along a ridge and the chains cannot converge.
   */
  reviewerTerm: boolean;
}

export function buildDesign(rows: readonly ScoreRow[], direction: Direction): Design {
  const apps = aggregateScores(rows).filter((a) => a.n > 0);
  const applications = apps.map((a) => a.application);
  const revSet = new Set<string>();
  for (const a of apps) for (const r of Object.keys(a.scores)) revSet.add(r);
  const reviewers = [...revSet].sort();
  const revIndex = new Map(reviewers.map((r, i) => [r, i]));

  const nApps = applications.length;
  const nRevs = reviewers.length;
  let nObs = 0;
  for (const a of apps) nObs += a.n;

  const appStart = new Int32Array(nApps + 1);
  const appObsRev = new Int32Array(nObs);
  const appObsY = new Float64Array(nObs);
  const appN = new Int32Array(nApps);
  const appMean = new Float64Array(nApps);
  const revN = new Int32Array(nRevs);

  let k = 0;
  let sumOfMeans = 0;
  const orientedAll: number[] = [];
  apps.forEach((a, i) => {
    appStart[i] = k;
    appN[i] = a.n;
    appMean[i] = a.mean as number;
    sumOfMeans += orient(a.mean as number, direction);
    for (const r of Object.keys(a.scores).sort()) {
      const j = revIndex.get(r) as number;
      const y = orient(a.scores[r] as number, direction);
      appObsRev[k] = j;
      appObsY[k] = y;
      orientedAll.push(y);
      revN[j] = (revN[j] as number) + 1;
      k++;
    }
  });
  appStart[nApps] = k;
  const mu = nApps === 0 ? 0 : sumOfMeans / nApps;
  for (let t = 0; t < nObs; t++) appObsY[t] = (appObsY[t] as number) - mu;

  const revStart = new Int32Array(nRevs + 1);
  for (let j = 0; j < nRevs; j++) revStart[j + 1] = (revStart[j] as number) + (revN[j] as number);
  const fill = revStart.slice(0, nRevs);
  const revObsApp = new Int32Array(nObs);
  const revObsY = new Float64Array(nObs);
  for (let i = 0; i < nApps; i++) {
    for (let t = appStart[i] as number; t < (appStart[i + 1] as number); t++) {
      const j = appObsRev[t] as number;
      const pos = fill[j] as number;
      revObsApp[pos] = i;
      revObsY[pos] = appObsY[t] as number;
      fill[j] = pos + 1;
    }
  }

  const sd = sampleSd(orientedAll);
  const scale = sd !== null && sd > 0 ? sd : 1;
  return {
    direction,
    applications,
    reviewers,
    nApps,
    nRevs,
    nObs,
    mu,
    scale,
    appStart,
    appObsRev,
    appObsY,
    revStart,
    revObsApp,
    revObsY,
    appN,
    revN,
    appMean,
    reviewerTerm: revN.some((n) => n >= 2),
  };
}
