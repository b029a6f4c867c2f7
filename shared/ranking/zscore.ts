/**
 * Per-reviewer z-scores.
 *
 * z = (score − reviewer mean) / reviewer SD (sample SD, n − 1), computed over the reviewer's
 * non-missing scores in this call. A reviewer with fewer than `minReviews` scores, or with
 * SD 0 (gave everyone the same score), cannot be calibrated: their scores are used raw, i.e. not
 * adjusted for that reviewer, and only put on the z scale with the panel's overall mean and SD
 * so they can be averaged with calibrated z-scores. Such reviewers and the applications they
 * scored are flagged.
 *
 * z-scores keep the scale's direction: for lower-is-better scales a lower mean z is better.
 */
import { aggregateScores } from './aggregate';
import { mean, sampleSd } from './stats';
import type { ScoreRow } from './types';

export const DEFAULT_MIN_REVIEWS_FOR_Z = 3;

export interface ReviewerCalibration {
  reviewer: string;
  n: number;
  mean: number;
  sd: number | null;
  /** False when n < minReviews or sd is 0: this reviewer's scores are not calibrated. */
  calibrated: boolean;
}

export interface ZScoreApplication {
  application: string;
  n: number;
  meanZ: number | null;
  /** At least one of the scores came from an uncalibrated reviewer. */
  flagged: boolean;
}

export interface ZScoreEntry {
  application: string;
  reviewer: string;
  score: number;
  z: number;
  calibrated: boolean;
}

export interface ZScoreResult {
  minReviews: number;
  panel: { mean: number | null; sd: number | null };
  reviewers: ReviewerCalibration[];
  applications: ZScoreApplication[];
  entries: ZScoreEntry[];
}

export function zScores(rows: readonly ScoreRow[], minReviews = DEFAULT_MIN_REVIEWS_FOR_Z): ZScoreResult {
  if (!Number.isInteger(minReviews) || minReviews < 2) {
    // SD needs two scores; a smaller minimum would calibrate with an undefined SD.
    throw new RangeError(`minReviews must be an integer >= 2, got ${minReviews}`);
  }
  const apps = aggregateScores(rows); // validates, refuses duplicates, sorts by id
  const byReviewer = new Map<string, number[]>();
  const all: number[] = [];
  for (const a of apps) {
    for (const [reviewer, score] of Object.entries(a.scores)) {
      const list = byReviewer.get(reviewer) ?? [];
      list.push(score);
      byReviewer.set(reviewer, list);
      all.push(score);
    }
  }
  const panelMean = mean(all);
  const panelSd = sampleSd(all);

  const reviewers: ReviewerCalibration[] = [...byReviewer.keys()].sort().map((reviewer) => {
    const scores = byReviewer.get(reviewer) as number[];
    const sd = sampleSd(scores);
    return {
      reviewer,
      n: scores.length,
      mean: mean(scores) as number,
      sd,
      calibrated: scores.length >= minReviews && sd !== null && sd > 0,
    };
  });
  const cal = new Map(reviewers.map((r) => [r.reviewer, r]));

  const entries: ZScoreEntry[] = [];
  const applications: ZScoreApplication[] = apps.map((a) => {
    const zs: number[] = [];
    let flagged = false;
    for (const [reviewer, score] of Object.entries(a.scores)) {
      const c = cal.get(reviewer) as ReviewerCalibration;
      let z: number;
      if (c.calibrated) {
        z = (score - c.mean) / (c.sd as number);
      } else {
        flagged = true;
        z = panelSd !== null && panelSd > 0 ? (score - (panelMean as number)) / panelSd : 0;
      }
      zs.push(z);
      entries.push({ application: a.application, reviewer, score, z, calibrated: c.calibrated });
    }
    return { application: a.application, n: zs.length, meanZ: mean(zs), flagged };
  });

  return { minReviews, panel: { mean: panelMean, sd: panelSd }, reviewers, applications, entries };
}
