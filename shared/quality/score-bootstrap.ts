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

/** Row-major replicates × applications matrix of resampled means (values oriented: larger = better). */
export function bootstrapMeans(
  valuesByApplication: readonly (readonly number[])[],
  seed: Seed,
  replicates: number,
): Float64Array {
  const width = valuesByApplication.length;
  const out = new Float64Array(replicates * width);
  const rng = new Random(deriveSeed(seed, 'quality', 'score-bootstrap'));
  for (let r = 0; r < replicates; r++) {
    const row = r * width;
    for (let i = 0; i < width; i++) {
      const values = valuesByApplication[i] as readonly number[];
      const m = values.length;
      let sum = 0;
      for (let j = 0; j < m; j++) sum += values[rng.int(m)] as number;
      out[row + i] = m === 0 ? Number.NEGATIVE_INFINITY : sum / m;
    }
  }
  return out;
}
