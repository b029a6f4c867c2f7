import type { ReviewRow } from '../../db/repositories/merge';
import { reviewContentSchema, type ReviewContent } from '../../shared/domain/review';
import { canonicalParsed } from './canonical-parsed';

/**
 * A verified review as it travels from a verification worker to the thread that writes it: its
 * canonical content text once, plus where the JSON columns of `reviews` lie inside that text.
 * Copying the comments a second time would cost as much memory as everything else together.
 */
export interface VerifiedReview {
  applicationId: string;
  status: 'submitted' | 'recused';
  revision: number;
  digest: string;
  recommendation: string | null;
  familiarity: string | null;
  /** The reason a recusal gives; null when not a recusal. */
  recusalReason: string | null;
  /** RFC 8785 canonical JSON of the content: what the digest is made over. */
  contentJson: string;
  /** [start, end) in `contentJson` of choices, comments, budgetOpinion and recusal, in that order. */
  spans: number[];
  /** Criterion ids and their scores, pairwise; empty for a recusal (it scores nothing). */
  criteria: string[];
  values: number[];
}

const CONTENT_KEYS = Object.keys(reviewContentSchema.shape).sort();
const MEMBER_PREFIXES = CONTENT_KEYS.map((key, index) => `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`);
const COLUMNS = ['choices', 'comments', 'budgetOpinion', 'recusal'] as const;

/**
 * Canonical content of a schema-checked review, composed member by member in RFC 8785 order, so
 * each JSON column is serialized once and found again by its span. The column texts are canonical
 * too: the same version always gives the same stored bytes, whichever bundle (and whichever
 * writer's member order) brought it.
 */
export function verifiedReview(review: ReviewContent, revision: number, digest: string): VerifiedReview {
  const criteria = review.status === 'recused' ? [] : Object.keys(review.scores).sort();
  const spans: number[] = new Array<number>(COLUMNS.length * 2).fill(0);
  let contentJson = '';
  CONTENT_KEYS.forEach((key, index) => {
    contentJson += MEMBER_PREFIXES[index] as string;
    const column = COLUMNS.indexOf(key as (typeof COLUMNS)[number]);
    if (column >= 0) spans[column * 2] = contentJson.length;
    contentJson += canonicalParsed(review[key as keyof ReviewContent]);
    if (column >= 0) spans[column * 2 + 1] = contentJson.length;
  });
  contentJson += '}';
  return {
    applicationId: review.applicationId,
    status: review.status === 'recused' ? 'recused' : 'submitted',
    revision,
    digest,
    recommendation: review.recommendation,
    familiarity: review.familiarity,
    recusalReason: review.status === 'recused' ? (review.recusal?.reason ?? '') : null,
    contentJson,
    spans,
    criteria,
    values: criteria.map((criterion) => review.scores[criterion] as number),
  };
}

/** The `reviews` row of a verified review; its JSON columns are slices of the content text. */
export function reviewRow(review: VerifiedReview): ReviewRow {
  const column = (index: number) =>
    review.contentJson.slice(review.spans[index * 2], review.spans[index * 2 + 1]);
  const nullable = (text: string) => (text === 'null' ? null : text);
  return {
    applicationId: review.applicationId,
    status: review.status,
    revision: review.revision,
    digest: review.digest,
    recommendation: review.recommendation,
    familiarity: review.familiarity,
    choicesJson: column(0),
    commentsJson: column(1),
    budgetOpinionJson: nullable(column(2)),
    recusalJson: nullable(column(3)),
    recusalReason: review.recusalReason,
    contentJson: review.contentJson,
    criteria: review.criteria,
    values: review.values,
  };
}
