/**
 * Seeded random variates on top of xoshiro128**.
 *
 * Invariants:
 * - The integer stream depends only on the seed (see seed.ts), so it is identical everywhere.
 * - Continuous variates use Math.log / Math.sqrt / Math.pow. sqrt is exact (IEEE 754); log and
 *   pow come from the engine: V8 (Node, Electron, Chromium) uses one portable fdlibm port on every
 *   OS and CPU, so a given Peerdesk build reproduces bit for bit on every machine.
 * - A variate consumes a data-dependent but seed-determined number of words; reproducing a run
 *   therefore needs the same sequence of calls, not only the same seed.
 */
import { hashSeed, type Seed } from './seed';
import { Xoshiro128 } from './xoshiro128';

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_31 = 1 / 2147483648;

export class Random {
  private readonly gen: Xoshiro128;
  // Marsaglia's polar method yields normals in pairs; the second is kept for the next call.
  private spare = 0;
  private hasSpare = false;

  constructor(seed: Seed) {
    this.gen = new Xoshiro128(hashSeed(seed));
  }

  uint32(): number {
    return this.gen.nextUint32();
  }

  /** Uniform on [0, 1) with 53 random bits (every double k/2^53 equally likely). */
  uniform(): number {
    const hi = this.gen.nextUint32() >>> 5;
    const lo = this.gen.nextUint32() >>> 6;
    return (hi * TWO_POW_26 + lo) / TWO_POW_53;
  }

  /** Uniform on the open interval (0, 1): safe to pass to Math.log. */
  uniformOpen(): number {
    const hi = this.gen.nextUint32() >>> 5;
    const lo = this.gen.nextUint32() >>> 6;
    return (hi * TWO_POW_26 + lo + 0.5) / TWO_POW_53;
  }

  /** Unbiased integer in [0, n), 1 <= n <= 2^32, by rejection (no modulo bias). */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new RangeError(`int(n) needs an integer 1 <= n <= 2^32, got ${n}`);
    }
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let x = this.gen.nextUint32();
    while (x >= limit) x = this.gen.nextUint32();
    return x % n;
  }

  /** Standard normal N(0, 1) by Marsaglia's polar method. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    // 32 random bits per coordinate: ample for the polar method (the pair's angle and radius come
    // from two independent 32-bit draws) and twice as fast as 53-bit uniforms in the Gibbs sweep.
    do {
      u = this.gen.nextUint32() * TWO_POW_MINUS_31 - 1;
      v = this.gen.nextUint32() * TWO_POW_MINUS_31 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** Gamma(shape, scale): mean shape·scale. Marsaglia & Tsang (2000); shape < 1 by boosting. */
  gamma(shape: number, scale = 1): number {
    if (!(shape > 0) || !Number.isFinite(shape) || !(scale > 0) || !Number.isFinite(scale)) {
      throw new RangeError(`gamma needs finite shape > 0 and scale > 0, got ${shape}, ${scale}`);
    }
    if (shape < 1) {
      // G(a) = G(a + 1) · U^(1/a)  (Marsaglia & Tsang, section 6)
      const g = this.gamma(shape + 1, 1);
      return g * Math.pow(this.uniformOpen(), 1 / shape) * scale;
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniformOpen();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * scale;
    }
  }

  /** Inverse-gamma IG(shape, scale): density ∝ x^(−shape−1) · exp(−scale / x). */
  inverseGamma(shape: number, scale: number): number {
    if (!(scale > 0) || !Number.isFinite(scale)) {
      throw new RangeError(`inverseGamma needs finite scale > 0, got ${scale}`);
    }
    return scale / this.gamma(shape, 1);
  }
}
