import type { Level, Rubric, ScoredCriterion } from '../domain/rubric';
import { confidential, level, text, toApplicant } from './common';
import type { LocalizedText } from '../domain/localized';

const WHOLE_SCORES: readonly Level[] = [
  level(
    0,
    '0',
    text('0 不合格', '0 Fail'),
    text(
      '未涉及该标准，或因信息缺失、不完整而无法评判。',
      'The proposal fails to address the criterion or cannot be assessed due to missing or incomplete information.',
    ),
  ),
  level(
    1,
    '1',
    text('1 差', '1 Poor'),
    text(
      '对该标准的回应不充分，或存在严重的内在缺陷。',
      'The criterion is inadequately addressed, or there are serious inherent weaknesses.',
    ),
  ),
  level(
    2,
    '2',
    text('2 一般', '2 Fair'),
    text(
      '大体回应了该标准，但存在明显缺陷。',
      'The proposal broadly addresses the criterion, but there are significant weaknesses.',
    ),
  ),
  level(
    3,
    '3',
    text('3 良好', '3 Good'),
    text(
      '较好地回应了该标准，但存在若干缺陷。',
      'The proposal addresses the criterion well, but a number of shortcomings are present.',
    ),
  ),
  level(
    4,
    '4',
    text('4 很好', '4 Very good'),
    text(
      '很好地回应了该标准，但存在少量缺陷。',
      'The proposal addresses the criterion very well, but a small number of shortcomings are present.',
    ),
  ),
  level(
    5,
    '5',
    text('5 优秀', '5 Excellent'),
    text(
      '对该标准各相关方面均回应得当，任何缺陷都很轻微。',
      'The proposal successfully addresses all relevant aspects of the criterion. Any shortcomings are minor.',
    ),
  ),
];

/** 0–5 in half points: the whole scores with the EU descriptors, the halves between them. */
function halfPointLevels(): Level[] {
  const levels: Level[] = [];
  WHOLE_SCORES.forEach((whole, index) => {
    levels.push(whole);
    const next = WHOLE_SCORES[index + 1];
    if (!next) return;
    const value = whole.value + 0.5;
    levels.push(
      level(
        value,
        String(value),
        text(`${value} 分`, String(value)),
        text(
          `介于“${whole.label.zh}”与“${next.label.zh}”之间。`,
          `Between “${whole.label.en}” and “${next.label.en}”.`,
        ),
      ),
    );
  });
  return levels;
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
    scale: { min: 0, max: 5, step: 0.5, direction: 'higher-is-better', levels: halfPointLevels() },
    threshold: 3,
  };
}

export interface HorizonEuropeOptions {
  /** Innovation Actions weight Impact 1.5 for ranking; 1 otherwise. */
  impactWeight: number;
}

/**
 * Horizon Europe: Excellence, Impact, Quality and efficiency of the implementation, each 0–5 in
 * half points with a threshold of 3, and 10 for the total. With the Impact weight option the total
 * (and its threshold) is the weighted sum, which is how Peerdesk ranks.
 */
export function horizonEuropeRubric(options: HorizonEuropeOptions = { impactWeight: 1 }): Rubric {
  return {
    template: 'horizon-europe',
    name: text('地平线欧洲（卓越性 / 影响 / 实施）', 'Horizon Europe (Excellence / Impact / Implementation)'),
    criteria: [
      criterion(
        'excellence',
        text('卓越性', 'Excellence'),
        text(
          '目标的清晰性与相关性，超越现有水平的程度；方法论（含跨学科方法、性别维度、开放科学实践）的合理性。',
          'Clarity and pertinence of the objectives and the extent to which they go beyond the state of the art; soundness of the methodology, including interdisciplinary approaches, the gender dimension and open science practices.',
        ),
        1,
      ),
      criterion(
        'impact',
        text('影响', 'Impact'),
        text(
          '通向预期成果与影响路径的可信度，影响的规模与意义；推广、利用与传播措施的适当性。',
          'Credibility of the pathways to the expected outcomes and impacts, and their likely scale and significance; suitability and quality of the measures to maximise them, including dissemination and exploitation.',
        ),
        options.impactWeight,
      ),
      criterion(
        'implementation',
        text('实施的质量与效率', 'Quality and efficiency of the implementation'),
        text(
          '工作计划质量与有效性，风险评估，资源投入的适当性；参与者及整个联合体的能力与互补性。',
          'Quality and effectiveness of the work plan, assessment of risks, and appropriateness of the effort assigned; capacity and role of each participant and of the consortium as a whole.',
        ),
        1,
      ),
    ],
    totalThreshold: 10,
    overall: 'weighted-sum',
    recommendations: [],
    recommendationRequired: false,
    comments: [
      {
        id: 'strengths',
        label: text('优点（按标准逐项说明）', 'Strengths (per criterion)'),
        required: true,
        minLength: 30,
      },
      {
        id: 'weaknesses',
        label: text('缺点（按标准逐项说明）', 'Shortcomings (per criterion)'),
        required: true,
        minLength: 30,
      },
      toApplicant(false, 0),
      confidential(),
    ],
    familiarityAsked: false,
    budgetOpinionAsked: false,
    disagreementLimit: 3,
    nihScoring: false,
  };
}
