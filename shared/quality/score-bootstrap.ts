/**
 * Bootstrap worlds for the point methods (mean, z-score): in each replicate every application's
 * reviews are resampled with replacement (as many as it has) and its method score recomputed as
 * the mean of the resampled values. For z-scores the values are the reviews' z-scores, computed
 * once from the real data (reviewer calibration is not re-estimated per replicate).
 *
 * Seeded: stream Random(deriveSeed(seed, 'quality', 'score-bootstrap')); applications are visited
 * in the given order in every replicate, one `int` per review drawn.
 */
import { deriveSeed, Random, type Seed } from '../random';

const TWO_POW_32 = 4294967296;

/** Row-major replicates × applications matrix of resampled means (values oriented: larger = better). */
export function bootstrapMeans(
  valuesByApplication: readonly (readonly number[])[],
  seed: Seed,
  replicates: number,
): Float64Array {
  const width = valuesByApplication.length;
  const out = new Float64Array(replicates * width);
  const rng = new Random(deriveSeed(seed, 'quality', 'score-bootstrap'));
  // rng.int(m) inlined (same rejection rule, so the same stream): this loop runs replicates ×
  // reviews times and the per-call argument checks dominated it.
  const limits = valuesByApplication.map((v) => TWO_POW_32 - (TWO_POW_32 % Math.max(v.length, 1)));
  for (let r = 0; r < replicates; r++) {
    const row = r * width;
    for (let i = 0; i < width; i++) {
      const values = valuesByApplication[i] as readonly number[];
      const m = values.length;
      const limit = limits[i] as number;
      let sum = 0;
      for (let j = 0; j < m; j++) {
        let x = rng.uint32();
        while (x >= limit) x = rng.uint32();
        sum += values[x % m] as number;
      }
      out[row + i] = m === 0 ? Number.NEGATIVE_INFINITY : sum / m;
    }
  }
  return out;
}
