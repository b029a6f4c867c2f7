/**
 * Reliability statistics work on "units": one application's non-missing overall scores. Missing
 * scores (conflicts, recusals, `null`) are simply absent, never zero.
 */
import { aggregateScores } from '../ranking/aggregate';
import { orient } from '../ranking/direction';
import type { Direction, ScoreRow } from '../ranking/types';

export interface Unit {
  application: string;
  /** Oriented scores (larger = better), by reviewer id in code-unit order. */
  values: number[];
  reviewers: string[];
}

/** Units by application id (sorted); refuses duplicate (application, reviewer) scores. */
export function unitsOf(rows: readonly ScoreRow[], direction: Direction): Unit[] {
  return aggregateScores(rows).map((a) => {
    const reviewers = Object.keys(a.scores).sort();
    return {
      application: a.application,
      reviewers,
      values: reviewers.map((r) => orient(a.scores[r] as number, direction)),
    };
  });
}
