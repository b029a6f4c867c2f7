import type { Level, Rubric, ScoredCriterion } from '../domain/rubric';
import { confidential, level, text } from './common';
import type { LocalizedText } from '../domain/localized';

/** The NIH 1–9 scale: 1 is best. */
const NIH_LEVELS: readonly Level[] = [
  level(
    1,
    '1',
    text('1 卓越', '1 Exceptional'),
    text('极为突出，几乎没有缺点。', 'Exceptionally strong with essentially no weaknesses.'),
  ),
  level(
    2,
    '2',
    text('2 杰出', '2 Outstanding'),
    text('极为突出，仅有可忽略的缺点。', 'Extremely strong with negligible weaknesses.'),
  ),
  level(
    3,
    '3',
    text('3 优秀', '3 Excellent'),
    text('非常强，仅有少量次要缺点。', 'Very strong with only some minor weaknesses.'),
  ),
  level(
    4,
    '4',
    text('4 很好', '4 Very good'),
    text('强，但有若干次要缺点。', 'Strong but with numerous minor weaknesses.'),
  ),
  level(
    5,
    '5',
    text('5 好', '5 Good'),
    text('强，但至少有一个中等缺点。', 'Strong but with at least one moderate weakness.'),
  ),
  level(
    6,
    '6',
    text('6 尚可', '6 Satisfactory'),
    text('有若干优点，也有若干中等缺点。', 'Some strengths but also some moderate weaknesses.'),
  ),
  level(
    7,
    '7',
    text('7 一般', '7 Fair'),
    text('有一些优点，但至少有一个主要缺点。', 'Some strengths but with at least one major weakness.'),
  ),
  level(
    8,
    '8',
    text('8 勉强', '8 Marginal'),
    text('优点很少，且有若干主要缺点。', 'A few strengths and a few major weaknesses.'),
  ),
  level(
    9,
    '9',
    text('9 差', '9 Poor'),
    text('几乎没有优点，且有众多主要缺点。', 'Very few strengths and numerous major weaknesses.'),
  ),
];

function nine(id: string, label: LocalizedText, guidance: LocalizedText, weight: number): ScoredCriterion {
  return {
    id,
    type: 'score',
    label,
    guidance,
    weight,
    scale: { min: 1, max: 9, step: 1, direction: 'lower-is-better', levels: [...NIH_LEVELS] },
    threshold: null,
  };
}

/**
 * NIH simplified review framework (2025): Factor 1 Importance of the Research and Factor 2 Rigor
 * and Feasibility scored 1–9 (1 best), Factor 3 Expertise and Resources rated “appropriate” or
 * “gaps identified”, and the Overall Impact score 1–9. As at NIH, the overall score of a review is
 * the Overall Impact score itself (the factors weigh 0), reported as 10 × mean with a percentile.
 */
export function nih2025Rubric(): Rubric {
  return {
    template: 'nih-2025',
    name: text('NIH 简化评审框架（2025）', 'NIH simplified review framework (2025)'),
    criteria: [
      nine(
        'importance',
        text('因素一：研究的重要性', 'Factor 1: Importance of the Research'),
        text(
          '意义与创新性：所解决问题的重要性，研究对领域的推动作用，概念、方法或技术的新颖程度。',
          'Significance and innovation: the importance of the problem, how the work would advance the field, and the novelty of its concepts, approaches or methods.',
        ),
        0,
      ),
      nine(
        'rigor',
        text('因素二：严谨性与可行性', 'Factor 2: Rigor and Feasibility'),
        text(
          '研究方法：设计、方法与分析的严谨性，对相关生物学变量（如性别）的考虑，在预定时间内完成的可行性。',
          'Approach: rigour of the design, methods and analyses, consideration of relevant biological variables, and the likelihood of completing the work as planned.',
        ),
        0,
      ),
      {
        id: 'expertise',
        type: 'choice',
        label: text('因素三：专长与资源', 'Factor 3: Expertise and Resources'),
        guidance: text(
          '研究者与机构环境是否具备完成项目所需的专长和资源。仅在发现不足时说明理由。',
          'Whether the investigators and the environment have the expertise and resources the work needs. Explain only when gaps are identified.',
        ),
        options: [
          { id: 'appropriate', label: text('适当', 'Appropriate') },
          { id: 'gaps', label: text('存在不足', 'Gaps identified') },
        ],
      },
      nine(
        'overall-impact',
        text('总体影响', 'Overall Impact'),
        text(
          '综合三项因素，研究对相关领域产生持续而有力影响的可能性。',
          'The likelihood that the project will exert a sustained, powerful influence on the research field, considering all three factors.',
        ),
        1,
      ),
    ],
    totalThreshold: null,
    overall: 'weighted-mean',
    recommendations: [],
    recommendationRequired: false,
    comments: [
      {
        id: 'strengths',
        label: text('优点（按因素说明）', 'Strengths (by factor)'),
        required: true,
        minLength: 30,
      },
      {
        id: 'weaknesses',
        label: text('缺点（按因素说明）', 'Weaknesses (by factor)'),
        required: true,
        minLength: 30,
      },
      confidential(),
    ],
    familiarityAsked: false,
    budgetOpinionAsked: false,
    disagreementLimit: 3,
    nihScoring: true,
  };
}
