import type { Level, Rubric, ScoredCriterion } from '../domain/rubric';
import { confidential, fundingRecommendations, level, strengths, text, weaknesses } from './common';
import type { LocalizedText } from '../domain/localized';

/**
 * NSFC-style (国家自然科学基金) general programme review: each aspect rated 优/良/中/差 (stored as
 * 4/3/2/1), a required funding recommendation 优先资助/可资助/不予资助, written comments.
 */
function ratingLevels(aspect: LocalizedText): Level[] {
  return [
    level(
      4,
      'A',
      text('优', 'Excellent'),
      text(
        `${aspect.zh}突出，明显优于同领域一般水平。`,
        `${aspect.en}: outstanding, clearly above the field's usual standard.`,
      ),
    ),
    level(
      3,
      'B',
      text('良', 'Good'),
      text(
        `${aspect.zh}较好，存在少量可改进之处。`,
        `${aspect.en}: good, with a few points that could be improved.`,
      ),
    ),
    level(
      2,
      'C',
      text('中', 'Fair'),
      text(`${aspect.zh}一般，存在明显不足。`, `${aspect.en}: fair, with clear shortcomings.`),
    ),
    level(
      1,
      'D',
      text('差', 'Poor'),
      text(`${aspect.zh}较差，存在严重缺陷。`, `${aspect.en}: poor, with serious flaws.`),
    ),
  ];
}

function rated(id: string, label: LocalizedText, guidance: LocalizedText): ScoredCriterion {
  return {
    id,
    type: 'score',
    label,
    guidance,
    weight: 1,
    scale: { min: 1, max: 4, step: 1, direction: 'higher-is-better', levels: ratingLevels(label) },
    threshold: null,
  };
}

export function nsfcRubric(): Rubric {
  return {
    template: 'nsfc',
    name: text('面上项目评审（优/良/中/差）', 'General programme review (Excellent / Good / Fair / Poor)'),
    criteria: [
      rated(
        'significance',
        text('科学意义与前沿性', 'Scientific significance'),
        text(
          '研究问题是否重要，是否处于学科前沿，对学科发展或经济社会发展的潜在贡献。',
          'Whether the question matters, sits at the frontier of the field, and could advance the discipline or society.',
        ),
      ),
      rated(
        'innovation',
        text('学术思想创新性', 'Originality of the scientific idea'),
        text(
          '学术思想、研究思路或方法是否新颖，与已有工作相比的实质性进展。',
          'How new the idea, approach or method is, and what real progress it makes over existing work.',
        ),
      ),
      rated(
        'feasibility',
        text('研究内容与方案可行性', 'Research plan and feasibility'),
        text(
          '研究目标是否明确，研究内容与技术路线是否合理，关键科学问题是否抓准，进度安排是否可行。',
          'Whether aims are clear, the content and methods sound, the key questions well chosen and the schedule realistic.',
        ),
      ),
      rated(
        'foundation',
        text('研究基础与团队', 'Track record and team'),
        text(
          '申请人及团队的前期工作积累、研究能力和所需实验条件。',
          'Preliminary work, competence of the applicant and team, and the facilities needed.',
        ),
      ),
    ],
    totalThreshold: null,
    overall: 'weighted-mean',
    recommendations: fundingRecommendations,
    recommendationRequired: true,
    comments: [strengths(true, 50), weaknesses(true, 50), confidential()],
    familiarityAsked: true,
    budgetOpinionAsked: false,
    disagreementLimit: 2,
    nihScoring: false,
  };
}
