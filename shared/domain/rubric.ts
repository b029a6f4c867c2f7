import { z } from 'zod';
import { localizedTextSchema } from './localized';

/**
 * A call's rubric (评审指标). Scores are numbers on each criterion's scale; letter or word grades
 * (优/良/中/差, SNSF A…D) are `levels` that name values on that scale, so every statistic works
 * on numbers while the UI shows the grade.
 */
export const directionSchema = z.enum(['higher-is-better', 'lower-is-better']);
export type Direction = z.infer<typeof directionSchema>;

export const levelSchema = z.object({
  value: z.number(),
  code: z.string().min(1),
  label: localizedTextSchema,
  descriptor: localizedTextSchema,
});
export type Level = z.infer<typeof levelSchema>;

export const scaleSchema = z
  .object({
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    direction: directionSchema,
    /** When present, the only allowed values are these levels' values. */
    levels: z.array(levelSchema).optional(),
  })
  .refine((scale) => scale.max > scale.min, { message: 'max must exceed min' });
export type Scale = z.infer<typeof scaleSchema>;

const criterionBase = {
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  label: localizedTextSchema,
  guidance: localizedTextSchema,
};

export const scoredCriterionSchema = z.object({
  ...criterionBase,
  type: z.literal('score'),
  weight: z.number().min(0),
  scale: scaleSchema,
  /** Minimum acceptable score on this criterion (maximum when lower is better); null = none. */
  threshold: z.number().nullable(),
});

/** A criterion answered by choosing an option, e.g. NIH's "appropriate / gaps identified". */
export const choiceCriterionSchema = z.object({
  ...criterionBase,
  type: z.literal('choice'),
  options: z.array(z.object({ id: z.string().min(1), label: localizedTextSchema })).min(2),
});

export const criterionSchema = z.discriminatedUnion('type', [scoredCriterionSchema, choiceCriterionSchema]);
export type Criterion = z.infer<typeof criterionSchema>;
export type ScoredCriterion = z.infer<typeof scoredCriterionSchema>;
export type ChoiceCriterion = z.infer<typeof choiceCriterionSchema>;

export const commentFieldSchema = z.object({
  id: z.enum(['strengths', 'weaknesses', 'toApplicant', 'confidential']),
  label: localizedTextSchema,
  required: z.boolean(),
  minLength: z.number().int().min(0),
});
export type CommentField = z.infer<typeof commentFieldSchema>;

export const recommendationOptionSchema = z.object({ id: z.string().min(1), label: localizedTextSchema });

export const rubricSchema = z.object({
  template: z.string(),
  name: localizedTextSchema,
  criteria: z.array(criterionSchema).min(1),
  /** Weighted total threshold (EU: 10 of 15); null = none. */
  totalThreshold: z.number().nullable(),
  /** How the overall score of one review is formed from the scored criteria. */
  overall: z.enum(['weighted-mean', 'weighted-sum']),
  recommendations: z.array(recommendationOptionSchema),
  recommendationRequired: z.boolean(),
  comments: z.array(commentFieldSchema),
  familiarityAsked: z.boolean(),
  budgetOpinionAsked: z.boolean(),
  /** Flag an application when reviewers' overall scores spread by more than this; null = never. */
  disagreementLimit: z.number().nonnegative().nullable(),
  /** NIH-style reporting: overall impact 10 × mean and percentile. */
  nihScoring: z.boolean(),
});
export type Rubric = z.infer<typeof rubricSchema>;
