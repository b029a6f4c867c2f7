import { describe, expect, it } from 'vitest';
import type { Rubric, ScoredCriterion } from '../../../shared/domain/rubric';
import { findTemplate } from '../../../shared/rubric-templates';
import {
  draftOf,
  fieldsFrom,
  reviewContent,
  storablePatch,
  submitIssues,
  type FormFields,
} from './review-form';

const key = { callId: 'call', applicationId: 'app', reviewerId: 'me' };

/** A lump-sum rubric whose first criterion is a plain 0–5 scale in half points (no named levels). */
function rubric(): Rubric {
  const base = findTemplate('jieqing-lump-sum').rubric();
  const [first, ...rest] = base.criteria as ScoredCriterion[];
  if (!first) throw new Error('template without criteria');
  const plain: ScoredCriterion = {
    ...first,
    scale: { min: 0, max: 5, step: 0.5, direction: 'higher-is-better' },
    threshold: 3,
  };
  return { ...base, criteria: [plain, ...rest] };
}

function fields(change: Partial<FormFields>): FormFields {
  return { ...fieldsFrom(null, rubric()), ...change };
}

describe('the scoring form’s draft', () => {
  it('keeps typed numbers as typed and blocks what the handler would refuse', () => {
    const r = rubric();
    expect(draftOf(fields({ scoreText: { achievements: '3.5' } }), r, key)).toMatchObject({
      draft: { scores: { achievements: 3.5 } },
      blocking: [],
    });
    expect(draftOf(fields({ scoreText: { achievements: '3,5' } }), r, key).draft.scores).toEqual({
      achievements: 3.5,
    });
    expect(draftOf(fields({ scoreText: { achievements: '' } }), r, key).draft.scores).toEqual({});
    expect(draftOf(fields({ scoreText: { achievements: '3.3' } }), r, key).blocking).toEqual([
      { field: 'scores.achievements', code: 'review.issues.offScale', params: { min: 0, max: 5, step: 0.5 } },
    ]);
    expect(draftOf(fields({ scoreText: { achievements: 'abc' } }), r, key).blocking).toEqual([
      { field: 'scores.achievements', code: 'reviewer.form.notANumber' },
    ]);
    expect(draftOf(fields({ scoreText: { plan: '4.5' } }), r, key).blocking[0]?.field).toBe('scores.plan');
  });

  it('sends every storable field and keeps the last saved value of one that cannot be stored', () => {
    const r = rubric();
    const saved = reviewContent({ scores: { achievements: 4 }, recommendation: null }, key, 'draft');
    const check = draftOf(
      fields({
        scoreText: { achievements: 'abc', plan: '3' },
        comments: { strengths: '思路清晰' },
        familiarity: 'familiar',
      }),
      r,
      key,
    );
    expect(storablePatch(check, saved, key)).toMatchObject({
      scores: { achievements: 4, plan: 3 },
      comments: { strengths: '思路清晰' },
      familiarity: 'familiar',
    });
    expect(storablePatch(check, null, key).scores).toEqual({ plan: 3 });
  });

  it('stores a budget opinion only when it is whole, and never a half-made one silently', () => {
    const r = rubric();
    const budget = (verdict: FormFields['budget']['verdict'], amountText: string, reason = '') =>
      draftOf(fields({ budget: { verdict, amountText, reason } }), r, key);
    expect(budget('too-high', '900000', '设备费可共享')).toMatchObject({
      draft: { budgetOpinion: { verdict: 'too-high', recommendedAmount: 900000, reason: '设备费可共享' } },
      blocking: [],
    });
    expect(budget(null, '900000').blocking.map((issue) => issue.code)).toEqual([
      'reviewer.form.verdictMissing',
    ]);
    expect(budget('too-low', '12.5').blocking.map((issue) => issue.code)).toEqual([
      'reviewer.form.amountInvalid',
    ]);
    expect(budget('appropriate', '').blocking.map((issue) => issue.code)).toEqual(['review.issues.required']);
    expect(budget(null, '').draft.budgetOpinion).toBeNull();
  });

  it('adds the rubric’s completeness rules for a submit, one message per field', () => {
    const r = rubric();
    const check = draftOf(fields({ scoreText: { achievements: '3.3' } }), r, key);
    const issues = submitIssues(check, r, key);
    expect(issues.filter((issue) => issue.field === 'scores.achievements')).toHaveLength(1);
    expect(issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining([
        'scores.plan',
        'comments.strengths',
        'recommendation',
        'familiarity',
        'budgetOpinion',
      ]),
    );
  });

  it('reads a stored review back, leaving out what the rubric no longer has', () => {
    const r = rubric();
    const read = fieldsFrom(
      {
        ...key,
        status: 'draft',
        scores: { achievements: 4, retired: 2 },
        choices: {},
        comments: { strengths: '好', summary: 'old field' },
        recommendation: 'fundable',
        familiarity: 'somewhat',
        budgetOpinion: { verdict: 'appropriate', recommendedAmount: 1_000_000, reason: '' },
        recusal: null,
      },
      r,
    );
    expect(read).toEqual({
      scoreText: { achievements: '4' },
      choices: {},
      comments: { strengths: '好' },
      recommendation: 'fundable',
      familiarity: 'somewhat',
      budget: { verdict: 'appropriate', amountText: '1000000', reason: '' },
    });
  });
});
