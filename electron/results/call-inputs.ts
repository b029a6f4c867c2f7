import { z } from 'zod';
import type { Db } from '../../db/connection';
import {
  listDecisions,
  listOverrides,
  type DecisionRow,
  type OverrideRow,
} from '../../db/repositories/results';
import {
  findCall,
  findRubricJson,
  listApplications,
  listChallenges,
  listReviews,
  type ApplicationRow,
  type CallRow,
  type ChallengeRow,
} from '../../db/repositories/results-inputs';
import { budgetOpinionSchema, type BudgetOpinion } from '../../shared/domain/review';
import { overallScore, scoredCriteria } from '../../shared/domain/review-score';
import { rubricSchema, type Direction, type Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';

/** One review as results use it: overall score formed with the call's rubric version. */
export interface ReviewData {
  applicationId: string;
  reviewerId: string;
  reviewerName: string;
  status: 'draft' | 'submitted' | 'recused';
  scores: Record<string, number>;
  /** null until every scored criterion has a score. */
  overall: number | null;
  recommendation: string | null;
  familiarity: string | null;
  comments: Record<string, string>;
  budgetOpinion: BudgetOpinion | null;
}

/** Everything about one call that ranking, views and exports read, loaded at one moment. */
export interface CallInputs {
  call: CallRow;
  rubric: Rubric;
  direction: Direction;
  challenges: ChallengeRow[];
  /** Every application of the call, reference-number order. */
  applications: ApplicationRow[];
  reviews: ReviewData[];
  overrides: Map<string, OverrideRow>;
  decisions: Map<string, DecisionRow>;
}

const commentsSchema = z.record(z.string(), z.string());

export function loadCallInputs(db: Db, callId: string): CallInputs {
  const call = findCall(db, callId);
  if (!call) throw new AppError('results.errors.callNotFound', { call: callId });
  const rubricJson = findRubricJson(db, call.id, call.rubricVersion);
  if (rubricJson === null) throw new AppError('results.errors.noRubric', { call: call.code });
  const rubric = parseStored(rubricSchema, rubricJson, call.code, 'rubric');
  const direction = rubricDirection(rubric, call.code);
  const reviews = listReviews(db, call.id).map((row): ReviewData => {
    const where = `${call.code}/${row.applicationId}/${row.reviewerId}`;
    return {
      applicationId: row.applicationId,
      reviewerId: row.reviewerId,
      reviewerName: row.reviewerName,
      status: row.status,
      scores: row.scores,
      overall: overallScore(rubric, row.scores),
      recommendation: row.recommendation,
      familiarity: row.familiarity,
      comments: parseStored(commentsSchema, row.commentsJson, where, 'comments'),
      budgetOpinion:
        row.budgetOpinionJson === null
          ? null
          : parseStored(budgetOpinionSchema, row.budgetOpinionJson, where, 'budget opinion'),
    };
  });
  return {
    call,
    rubric,
    direction,
    challenges: listChallenges(db, call.id),
    applications: listApplications(db, call.id),
    reviews,
    overrides: new Map(listOverrides(db, call.id).map((row) => [row.applicationId, row])),
    decisions: new Map(listDecisions(db, call.id).map((row) => [row.applicationId, row])),
  };
}

/** The one direction of the rubric's scored criteria; a rubric mixing directions cannot be ranked. */
function rubricDirection(rubric: Rubric, callCode: string): Direction {
  const directions = new Set(scoredCriteria(rubric).map((criterion) => criterion.scale.direction));
  const [only] = [...directions];
  if (directions.size !== 1 || only === undefined) {
    throw new AppError('results.errors.mixedDirections', { call: callCode });
  }
  return only;
}

function parseStored<T>(schema: z.ZodType<T>, json: string, where: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError('results.errors.corruptRow', { where, what });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('results.errors.corruptRow', { where, what });
  return parsed.data;
}
