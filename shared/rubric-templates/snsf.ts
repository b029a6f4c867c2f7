import type { Level, Rubric, ScoredCriterion } from '../domain/rubric';
import { confidential, level, text, toApplicant } from './common';
import type { LocalizedText } from '../domain/localized';

/** The SNSF six-point grade scale, stored as 6 (A) … 1 (D) so that higher is better. */
const SNSF_GRADES: readonly Level[] = [
  level(
    6,
    'A',
    text('A 卓越', 'A Outstanding'),
    text('在国际上处于领先地位，几乎无可挑剔。', 'Internationally leading; hardly any weaknesses.'),
  ),
  level(
    5,
    'AB',
    text('AB 优秀', 'AB Excellent'),
    text('国际一流水平，仅有很小的缺点。', 'Internationally excellent; only minor weaknesses.'),
  ),
  level(
    4,
    'B',
    text('B 很好', 'B Very good'),
    text('很好，有若干缺点。', 'Very good, with some weaknesses.'),
  ),
  level(3, 'BC', text('BC 好', 'BC Good'), text('好，但有明显缺点。', 'Good, with clear weaknesses.')),
  level(
    2,
    'C',
    text('C 一般', 'C Average'),
    text('一般，有重大缺点。', 'Average, with important weaknesses.'),
  ),
  level(1, 'D', text('D 差', 'D Poor'), text('差，有严重缺陷。', 'Poor, with serious flaws.')),
];

function graded(id: string, label: LocalizedText, guidance: LocalizedText): ScoredCriterion {
  return {
    id,
    type: 'score',
    label,
    guidance,
    weight: 1,
    scale: { min: 1, max: 6, step: 1, direction: 'higher-is-better', levels: [...SNSF_GRADES] },
    threshold: null,
  };
}

/** Swiss National Science Foundation project funding: six grades A, AB, B, BC, C, D per criterion. */
export function snsfRubric(): Rubric {
  return {
    template: 'snsf',
    name: text('瑞士国家科学基金（六级评分 A–D）', 'SNSF project funding (grades A–D)'),
    criteria: [
      graded(
        'track-record',
        text('科研业绩与专长', 'Scientific track record and expertise'),
        text(
          '申请人的科研业绩及与本项目相关的专业能力。',
          'The applicants’ scientific track record and their expertise for the proposed project.',
        ),
      ),
      graded(
        'relevance',
        text('科学相关性、原创性与时效性', 'Scientific relevance, originality and topicality'),
        text(
          '研究问题的科学意义、原创程度，以及在当前研究中的时效性。',
          'How relevant, original and timely the research question and its expected results are.',
        ),
      ),
      graded(
        'feasibility',
        text('方法的适当性与可行性', 'Suitability of methods and feasibility'),
        text(
          '所选方法是否适合研究问题，项目在资源和时间上是否可行。',
          'Whether the methods suit the questions and the project can be carried out with the resources and time planned.',
        ),
      ),
    ],
    totalThreshold: null,
    overall: 'weighted-mean',
    recommendations: [],
    recommendationRequired: false,
    comments: [
      {
        id: 'strengths',
        label: text('优点', 'Strengths'),
        required: true,
        minLength: 30,
      },
      {
        id: 'weaknesses',
        label: text('缺点', 'Weaknesses'),
        required: true,
        minLength: 30,
      },
      toApplicant(false, 0),
      confidential(),
    ],
    familiarityAsked: true,
    budgetOpinionAsked: false,
    disagreementLimit: 2,
    nihScoring: false,
  };
}
