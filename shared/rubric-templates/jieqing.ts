import type { Level, Rubric, ScoredCriterion } from '../domain/rubric';
import {
  confidential,
  fundingRecommendations,
  level,
  strengths,
  text,
  toApplicant,
  weaknesses,
} from './common';
import type { LocalizedText } from '../domain/localized';

function fiveLevels(aspect: LocalizedText): Level[] {
  return [
    level(
      5,
      'A',
      text('杰出', 'Outstanding'),
      text(
        `${aspect.zh}在国内同龄学者中处于领先地位，具有国际影响。`,
        `${aspect.en}: leading among peers of the same career stage nationally, with international visibility.`,
      ),
    ),
    level(
      4,
      'B',
      text('优秀', 'Excellent'),
      text(`${aspect.zh}在国内同领域中处于前列。`, `${aspect.en}: among the best in the field nationally.`),
    ),
    level(
      3,
      'C',
      text('良好', 'Good'),
      text(
        `${aspect.zh}扎实，但特色或影响尚不突出。`,
        `${aspect.en}: solid, but without a distinctive profile or impact yet.`,
      ),
    ),
    level(
      2,
      'D',
      text('一般', 'Fair'),
      text(`${aspect.zh}一般，达不到杰青的要求。`, `${aspect.en}: ordinary; below what the award expects.`),
    ),
    level(
      1,
      'E',
      text('较差', 'Poor'),
      text(`${aspect.zh}明显不足。`, `${aspect.en}: clearly insufficient.`),
    ),
  ];
}

function criterion(
  id: string,
  label: LocalizedText,
  guidance: LocalizedText,
  weight: number,
): ScoredCriterion {
  return {
    id,
    type: 'score',
    label,
    guidance,
    weight,
    scale: { min: 1, max: 5, step: 1, direction: 'higher-is-better', levels: fiveLevels(label) },
    threshold: null,
  };
}

/**
 * 杰出青年科学基金 under lump-sum funding (包干制): the person and the plan are judged, and the
 * reviewer gives a budget opinion on the requested total (appropriate / too high / too low, a
 * recommended amount and a reason) instead of checking cost categories.
 */
export function jieqingRubric(): Rubric {
  return {
    template: 'jieqing-lump-sum',
    name: text('杰出青年科学基金（经费包干制）', 'Distinguished Young Scholars (lump-sum funding)'),
    criteria: [
      criterion(
        'achievements',
        text('学术成就与影响', 'Academic achievements and influence'),
        text(
          '代表性成果的原创性与学术影响，以质量和贡献为主，不以论文数量、期刊影响因子或“帽子”论英雄。',
          'Originality and influence of the representative outputs, judged by quality and contribution rather than paper counts, impact factors or titles.',
        ),
        0.4,
      ),
      criterion(
        'plan',
        text('研究计划的创新性与可行性', 'Originality and feasibility of the research plan'),
        text(
          '未来五年研究方向是否具有前瞻性和挑战性，目标是否明确，计划是否可行。',
          'Whether the five-year direction is forward-looking and ambitious, with clear aims and a workable plan.',
        ),
        0.35,
      ),
      criterion(
        'potential',
        text('发展潜力与学术引领', 'Potential and leadership'),
        text(
          '独立开展创新研究、形成稳定研究方向和带领团队的潜力。',
          'Potential to pursue original research independently, build a lasting research line and lead a team.',
        ),
        0.25,
      ),
    ],
    totalThreshold: null,
    overall: 'weighted-mean',
    recommendations: fundingRecommendations,
    recommendationRequired: true,
    comments: [strengths(true, 50), weaknesses(true, 50), toApplicant(false, 0), confidential()],
    familiarityAsked: true,
    budgetOpinionAsked: true,
    disagreementLimit: 2,
    nihScoring: false,
  };
}
