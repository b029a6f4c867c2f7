import { canonicalBytes } from '../../shared/canonical/jcs';
import type { ParsedRequestOf } from '../../shared/contract';
import { DEFAULT_RANK_SEED, type RankParameters, type ScoreRowData } from '../../shared/domain/ranking-run';
import { scoredCriteria } from '../../shared/domain/review-score';
import { AppError } from '../../shared/errors';
import { aggregateReviews, type RankInput, type RubricSpec } from '../../shared/ranking';
import { sha256Hex } from '../crypto/hash';
import { computeAwards } from './awards';
import type { CallInputs, ReviewData } from './call-inputs';

export type RankRequestOptions = Omit<ParsedRequestOf<'results.rank'>, 'callId'>;

/** Which applications take part, and how: ranked, excluded (not ranked, still calibrates), or left out. */
export function participation(inputs: CallInputs): { ranked: Set<string>; excluded: Set<string> } {
  const ranked = new Set<string>();
  const excluded = new Set<string>();
  for (const application of inputs.applications) {
    if (application.status === 'withdrawn' || application.status === 'archived') continue;
    const ineligible =
      application.status === 'ineligible' || (application.flagged && inputs.call.integrityMakesIneligible);
    (ineligible ? excluded : ranked).add(application.id);
  }
  return { ranked, excluded };
}

/**
 * One row per counted review: submitted reviews give their overall score (null while a scored
 * criterion is missing), recusals give a missing score (a conflict, never a zero), drafts nothing.
 */
export function scoreRows(inputs: CallInputs): ScoreRowData[] {
  const { ranked, excluded } = participation(inputs);
  const rows: ScoreRowData[] = [];
  for (const review of inputs.reviews) {
    if (!ranked.has(review.applicationId) && !excluded.has(review.applicationId)) continue;
    if (review.status === 'draft') continue;
    rows.push({
      application: review.applicationId,
      reviewer: review.reviewerId,
      score: review.status === 'submitted' ? review.overall : null,
    });
  }
  return rows;
}

/** The rubric as the aggregate functions of shared/ranking read it. */
export function rubricSpec(inputs: CallInputs): RubricSpec {
  const { rubric, direction } = inputs;
  return {
    direction,
    criteria: scoredCriteria(rubric).map((criterion) => ({
      id: criterion.id,
      weight: criterion.weight,
      ...(criterion.threshold === null ? {} : { threshold: criterion.threshold }),
    })),
    ...(rubric.totalThreshold === null ? {} : { totalThreshold: rubric.totalThreshold }),
    ...(rubric.disagreementLimit === null ? {} : { disagreementLimit: rubric.disagreementLimit }),
  };
}

export function reviewsByApplication(inputs: CallInputs): Map<string, ReviewData[]> {
  const map = new Map<string, ReviewData[]>();
  for (const review of inputs.reviews) {
    const list = map.get(review.applicationId) ?? [];
    list.push(review);
    map.set(review.applicationId, list);
  }
  return map;
}

function criterionMeans(inputs: CallInputs): Record<string, Record<string, number>> {
  const spec = rubricSpec(inputs);
  const out: Record<string, Record<string, number>> = {};
  for (const [applicationId, reviews] of reviewsByApplication(inputs)) {
    const aggregate = aggregateReviews(
      reviews.map((review) => ({
        reviewer: review.reviewerId,
        status: review.status,
        criteria: review.scores,
      })),
      spec,
    );
    const means: Record<string, number> = {};
    for (const [criterion, value] of Object.entries(aggregate.criterionMeans)) {
      if (value !== null) means[criterion] = value;
    }
    out[applicationId] = means;
  }
  return out;
}

/**
 * The parameters of a run on this call: the officer's options plus everything derived from the
 * workspace (awards, challenge groups, exclusions), so that the run can be re-computed from the
 * stored parameters and score rows alone.
 */
export function rankParameters(inputs: CallInputs, options: RankRequestOptions): RankParameters {
  const { ranked, excluded } = participation(inputs);
  const challengeCall = inputs.call.category === 'challenge';
  if (challengeCall && (options.fundable !== undefined || options.envelope !== undefined)) {
    throw new AppError('results.errors.challengeLineFixed', { call: inputs.call.code });
  }
  const awards: Record<string, number> = {};
  for (const [applicationId, award] of computeAwards(inputs)) {
    if (award.amount !== null && ranked.has(applicationId)) awards[applicationId] = award.amount;
  }
  let groups: RankParameters['groups'] = null;
  if (challengeCall) {
    const of: Record<string, string> = {};
    for (const application of inputs.applications) {
      if (!ranked.has(application.id)) continue;
      if (application.challengeId === null) {
        throw new AppError('results.errors.noChallenge', { application: application.referenceNo });
      }
      of[application.id] = application.challengeId;
    }
    groups = {
      of,
      fundable: Object.fromEntries(inputs.challenges.map((challenge) => [challenge.id, challenge.awards])),
    };
  }
  return {
    method: options.method,
    direction: inputs.direction,
    seed: options.seed ?? DEFAULT_RANK_SEED,
    chains: options.chains ?? null,
    iterations: options.iterations ?? null,
    burnIn: options.burnIn ?? null,
    minReviewsForZ: options.minReviewsForZ ?? null,
    fundable: options.fundable ?? null,
    envelope: options.envelope ?? null,
    awards,
    groups,
    excluded: [...excluded].sort(),
    tieBreak: [],
    criterionMeans: criterionMeans(inputs),
  };
}

/** The input of shared/ranking's rankApplications for stored parameters and score rows. */
export function rankInput(parameters: RankParameters, rows: readonly ScoreRowData[]): RankInput {
  const optional = <K extends string, V>(key: K, value: V | null): Partial<Record<K, V>> =>
    value === null ? {} : ({ [key]: value } as Record<K, V>);
  return {
    rows,
    direction: parameters.direction,
    method: parameters.method,
    seed: parameters.seed,
    ...optional('chains', parameters.chains),
    ...optional('iterations', parameters.iterations),
    ...optional('burnIn', parameters.burnIn),
    ...optional('minReviewsForZ', parameters.minReviewsForZ),
    ...optional('fundable', parameters.fundable),
    ...optional('envelope', parameters.envelope),
    awards: parameters.awards,
    ...(parameters.groups === null
      ? {}
      : { groups: { of: parameters.groups.of, fundable: parameters.groups.fundable } }),
    excluded: parameters.excluded,
    ...(parameters.tieBreak.length > 0 ? { tieBreak: parameters.tieBreak } : {}),
    criterionMeans: parameters.criterionMeans,
  };
}

/**
 * SHA-256 of what a run depends on in the workspace (score rows and derived parameters, not the
 * officer's options): when it changes, the stored run is stale.
 */
export function inputDigest(parameters: RankParameters, rows: readonly ScoreRowData[]): string {
  const sorted = [...rows].sort((a, b) =>
    a.application === b.application ? compare(a.reviewer, b.reviewer) : compare(a.application, b.application),
  );
  return sha256Hex(
    canonicalBytes({
      rows: sorted,
      direction: parameters.direction,
      awards: parameters.awards,
      groups: parameters.groups,
      excluded: parameters.excluded,
      criterionMeans: parameters.criterionMeans,
    }),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
