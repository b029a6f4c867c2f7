/**
 * One Gibbs chain for the crossed random-effects model (oriented, centred scores y):
 *
 *   y_ij = θ_i + ν_j + e_ij,  e_ij ~ N(0, σ²)      (μ is fixed and already subtracted)
 *   θ_i ~ N(0, τ²),  ν_j ~ N(0, s²)
 *   τ, s, σ ~ half-Cauchy(0, A)   via  x² | a ~ IG(1/2, 1/a),  a ~ IG(1/2, 1/A²)
 *
 * σ² is the residual variance after integrating out the pair term λ_ij (see docs/ranking.md): with
 * one grade per (application, reviewer) pair, λ's own variance and the measurement error are not
 * separately identified, so they are one variance. Every full conditional is conjugate.
 *
 * Sweep: θ | rest, ν | rest, joint shift (θ + c, ν − c), σ², τ², s² and their auxiliaries. The
 * shift step samples c from its exact conditional: the likelihood depends on θ_i + ν_j only, so
 * moving all θ up and all ν down by c leaves it unchanged and only the two priors pin c. Without
 * it, θ̄ and ν̄ trade off slowly when reviewers score many applications.
 *
 * Without reviewer overlap (design.reviewerTerm false) ν is held at 0 and s is not sampled: the
 * model is then the one-way θ + e model, the only one the data can identify.
 *
 * Performance invariants: typed arrays, contiguous per-application / per-reviewer ranges, and no
 * allocation inside the sweep loop.
 */
import { Random } from '../../random';
import type { Design } from './design';

export interface SamplerSettings {
  iterations: number;
  burnIn: number;
  /** How many post-burn-in draws of θ and ν this chain stores (evenly thinned). */
  keepPerChain: number;
  /** Half-Cauchy scale A for τ, s and σ. */
  priorScale: number;
}

/** Running mean and sum of squared deviations (Welford) of every monitored parameter. */
export interface HalfStats {
  count: number;
  mean: Float64Array;
  m2: Float64Array;
}

export interface ChainOutput {
  /** kept × I, row-major by draw. */
  thetaDraws: Float64Array;
  /** kept × J, row-major by draw. */
  nuDraws: Float64Array;
  kept: number;
  /** Split halves of the post-burn-in draws, for split-R-hat. Layout: θ (I), ν (J), τ, s, σ. */
  halves: [HalfStats, HalfStats];
  /** Sums over all post-burn-in draws (for exact posterior means). */
  sumTheta: Float64Array;
  sumNu: Float64Array;
  sumHyper: Float64Array;
  draws: number;
}

export function monitoredCount(design: Design): number {
  return design.nApps + design.nRevs + 3;
}

export const MAX_MONITORED = 500;
/** Sweeps between progress reports. */
export const PROGRESS_EVERY = 250;

function newHalf(p: number): HalfStats {
  return { count: 0, mean: new Float64Array(p), m2: new Float64Array(p) };
}

export function runChain(
  design: Design,
  seed: string,
  settings: SamplerSettings,
  onSweeps?: (sweepsDone: number) => void,
): ChainOutput {
  const { nApps: I, nRevs: J, nObs: N, appStart, appObsRev, appObsY, revStart, revObsApp, revObsY } = design;
  const { iterations, burnIn, keepPerChain } = settings;
  const A2inv = 1 / (settings.priorScale * settings.priorScale);
  const rng = new Random(seed);
  const P = I + J + 3;

  const theta = new Float64Array(I);
  const nu = new Float64Array(J);
  // Over-dispersed start: each chain begins at its own random point.
  const spread = settings.priorScale;
  for (let i = 0; i < I; i++) {
    let s = 0;
    const a = appStart[i] as number;
    const b = appStart[i + 1] as number;
    for (let t = a; t < b; t++) s += appObsY[t] as number;
    theta[i] = s / (b - a) + spread * rng.normal();
  }
  const reviewerTerm = design.reviewerTerm;
  if (reviewerTerm) for (let j = 0; j < J; j++) nu[j] = 0.5 * spread * rng.normal();
  const appSumY = new Float64Array(I);
  const appSumY2 = new Float64Array(I);
  for (let i = 0; i < I; i++) {
    for (let t = appStart[i] as number; t < (appStart[i + 1] as number); t++) {
      const y = appObsY[t] as number;
      appSumY[i] = (appSumY[i] as number) + y;
      appSumY2[i] = (appSumY2[i] as number) + y * y;
    }
  }
  const v0 = settings.priorScale * settings.priorScale;
  let tau2 = v0 * (0.1 + 1.9 * rng.uniform());
  let s2 = v0 * (0.1 + 1.9 * rng.uniform());
  let sig2 = v0 * (0.1 + 1.9 * rng.uniform());
  let aTau = 1;
  let aS = 1;
  let aSig = 1;

  const stride = Math.max(1, Math.floor(iterations / Math.max(1, keepPerChain)));
  const keep = Math.min(keepPerChain, Math.floor(iterations / stride));
  const thetaDraws = new Float64Array(keep * I);
  const nuDraws = new Float64Array(keep * J);
  const halves: [HalfStats, HalfStats] = [newHalf(P), newHalf(P)];
  // R-hat is computed from every monitorStride-th draw (at most MAX_MONITORED per chain): thinning
  // an autocorrelated chain loses little for a convergence check and keeps it cheap at scale.
  const monitorStride = Math.max(1, Math.floor(iterations / MAX_MONITORED));
  const monitored = Math.floor(iterations / monitorStride);
  const halfLen = Math.floor(monitored / 2);
  const nuMonitored = reviewerTerm ? J : 0; // ν ≡ 0 without a reviewer term: nothing to monitor
  const sumTheta = new Float64Array(I);
  const sumNu = new Float64Array(J);
  const sumHyper = new Float64Array(3);
  let kept = 0;

  const total = burnIn + iterations;
  for (let it = 0; it < total; it++) {
    // θ_i | ν, σ², τ²: precision n_i/σ² + 1/τ², mean Σ(y − ν)/σ² ÷ precision.
    const invSig2 = 1 / sig2;
    const invTau2 = 1 / tau2;
    let ssr = 0;
    if (reviewerTerm) {
      for (let i = 0; i < I; i++) {
        const a = appStart[i] as number;
        const b = appStart[i + 1] as number;
        let s = 0;
        for (let t = a; t < b; t++) s += (appObsY[t] as number) - (nu[appObsRev[t] as number] as number);
        const prec = (b - a) * invSig2 + invTau2;
        theta[i] = (s * invSig2) / prec + rng.normal() / Math.sqrt(prec);
      }
    } else {
      // ν ≡ 0: Σy and Σy² per application are constants, so the residual sum of squares
      // Σ(y − θ_i)² = Σy² − 2θ_i·Σy + n_i·θ_i² comes with the θ draw.
      for (let i = 0; i < I; i++) {
        const s = appSumY[i] as number;
        const n = (appStart[i + 1] as number) - (appStart[i] as number);
        const prec = n * invSig2 + invTau2;
        const v = (s * invSig2) / prec + rng.normal() / Math.sqrt(prec);
        theta[i] = v;
        ssr += (appSumY2[i] as number) - 2 * v * s + n * v * v;
      }
    }
    // ν_j | θ, σ², s². The same pass yields the residual sum of squares: with r = y − θ_i,
    // Σ(r − ν_j)² = Σr² − 2ν_j·Σr + n_j·ν_j², and the shift below leaves every θ_i + ν_j unchanged.
    const invS2 = 1 / s2;
    for (let j = 0; reviewerTerm && j < J; j++) {
      const a = revStart[j] as number;
      const b = revStart[j + 1] as number;
      let s = 0;
      let q = 0;
      for (let t = a; t < b; t++) {
        const r = (revObsY[t] as number) - (theta[revObsApp[t] as number] as number);
        s += r;
        q += r * r;
      }
      const n = b - a;
      const prec = n * invSig2 + invS2;
      const v = (s * invSig2) / prec + rng.normal() / Math.sqrt(prec);
      nu[j] = v;
      ssr += q - 2 * v * s + n * v * v;
    }
    if (ssr < 0) ssr = 0; // rounding guard; a sum of squares is never negative
    // Joint shift θ + c, ν − c from its exact conditional (likelihood-invariant direction).
    let c = 0;
    if (reviewerTerm) {
      let sumT = 0;
      for (let i = 0; i < I; i++) sumT += theta[i] as number;
      let sumN = 0;
      for (let j = 0; j < J; j++) sumN += nu[j] as number;
      const precC = I * invTau2 + J * invS2;
      c = (sumN * invS2 - sumT * invTau2) / precC + rng.normal() / Math.sqrt(precC);
    }
    let ssTheta = 0;
    for (let i = 0; i < I; i++) {
      const v = (theta[i] as number) + c;
      theta[i] = v;
      ssTheta += v * v;
    }
    let ssNu = 0;
    for (let j = 0; reviewerTerm && j < J; j++) {
      const v = (nu[j] as number) - c;
      nu[j] = v;
      ssNu += v * v;
    }
    // Variances with half-Cauchy priors (Makalic & Schmidt 2016 auxiliary form).
    sig2 = rng.inverseGamma((N + 1) / 2, 1 / aSig + ssr / 2);
    aSig = rng.inverseGamma(1, A2inv + 1 / sig2);
    tau2 = rng.inverseGamma((I + 1) / 2, 1 / aTau + ssTheta / 2);
    aTau = rng.inverseGamma(1, A2inv + 1 / tau2);
    if (reviewerTerm) {
      s2 = rng.inverseGamma((J + 1) / 2, 1 / aS + ssNu / 2);
      aS = rng.inverseGamma(1, A2inv + 1 / s2);
    }

    if (onSweeps !== undefined && (it + 1) % PROGRESS_EVERY === 0) onSweeps(it + 1);
    if (it < burnIn) continue;
    const t = it - burnIn;
    const tauSd = Math.sqrt(tau2);
    const sSd = reviewerTerm ? Math.sqrt(s2) : 0;
    const sigSd = Math.sqrt(sig2);
    for (let i = 0; i < I; i++) sumTheta[i] = (sumTheta[i] as number) + (theta[i] as number);
    for (let j = 0; j < nuMonitored; j++) sumNu[j] = (sumNu[j] as number) + (nu[j] as number);
    sumHyper[0] = (sumHyper[0] as number) + tauSd;
    sumHyper[1] = (sumHyper[1] as number) + sSd;
    sumHyper[2] = (sumHyper[2] as number) + sigSd;

    const u = (t + 1) % monitorStride === 0 ? (t + 1) / monitorStride - 1 : -1;
    const h = u < 0 ? null : u < halfLen ? halves[0] : u >= monitored - halfLen ? halves[1] : null;
    if (h !== null) {
      h.count++;
      const inv = 1 / h.count;
      const mean = h.mean;
      const m2 = h.m2;
      for (let i = 0; i < I; i++) welford(mean, m2, i, theta[i] as number, inv);
      for (let j = 0; j < nuMonitored; j++) welford(mean, m2, I + j, nu[j] as number, inv);
      welford(mean, m2, I + J, tauSd, inv);
      welford(mean, m2, I + J + 1, sSd, inv);
      welford(mean, m2, I + J + 2, sigSd, inv);
    }
    if ((t + 1) % stride === 0 && kept < keep) {
      thetaDraws.set(theta, kept * I);
      nuDraws.set(nu, kept * J);
      kept++;
    }
  }

  return { thetaDraws, nuDraws, kept, halves, sumTheta, sumNu, sumHyper, draws: iterations };
}

function welford(mean: Float64Array, m2: Float64Array, k: number, x: number, invCount: number): void {
  const m = mean[k] as number;
  const d = x - m;
  const nm = m + d * invCount;
  mean[k] = nm;
  m2[k] = (m2[k] as number) + d * (x - nm);
}
