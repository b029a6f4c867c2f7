import type { Level, Rubric, ScoredCriterion } from '../domain/rubric';
import { confidential, fundingRecommendations, level, strengths, text, weaknesses } from './common';
import type { LocalizedText } from '../domain/localized';

/** How far a team's proposal meets the published challenge (榜单), on a 0–10 scale. */
function fitLevels(aspect: LocalizedText): Level[] {
  return [
    level(
      10,
      'A',
      text('完全满足', 'Fully meets'),
      text(
        `${aspect.zh}完全满足榜单要求，并有明显超出。`,
        `${aspect.en}: fully meets the challenge and goes clearly beyond it.`,
      ),
    ),
    level(
      8,
      'B',
      text('较好满足', 'Largely meets'),
      text(
        `${aspect.zh}满足榜单要求，个别方面需要完善。`,
        `${aspect.en}: meets the challenge; a few points need work.`,
      ),
    ),
    level(
      6,
      'C',
      text('基本满足', 'Partly meets'),
      text(
        `${aspect.zh}基本满足榜单要求，但存在需要解决的问题。`,
        `${aspect.en}: broadly meets the challenge, with issues to resolve.`,
      ),
    ),
    level(
      3,
      'D',
      text('难以满足', 'Hardly meets'),
      text(`${aspect.zh}与榜单要求存在明显差距。`, `${aspect.en}: falls clearly short of the challenge.`),
    ),
    level(
      0,
      'E',
      text('不满足', 'Does not meet'),
      text(`${aspect.zh}不满足榜单要求。`, `${aspect.en}: does not meet the challenge.`),
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
    scale: { min: 0, max: 10, step: 1, direction: 'higher-is-better', levels: fitLevels(label) },
    threshold: null,
  };
}

/**
 * 揭榜挂帅 challenge call: teams answer a published challenge; they are judged on whether they can
 * deliver its targets, and the best N per challenge are funded. A weighted mean below 6 fails.
 */
export function challengeRubric(): Rubric {
  return {
    template: 'challenge',
    name: text('揭榜挂帅项目评审', 'Challenge call (open competition for a published challenge)'),
    criteria: [
      criterion(
        'solution',
        text('技术方案的先进性与可行性', 'Technical solution'),
        text(
          '技术路线是否先进、可行，关键技术难点是否有切实可行的解决思路。',
          'Whether the technical route is advanced and workable, with credible answers to the key technical difficulties.',
        ),
        0.3,
      ),
      criterion(
        'targets',
        text('榜单目标与考核指标的达成能力', 'Ability to deliver the challenge targets'),
        text(
          '能否在规定期限内达到榜单设定的技术指标和考核要求，指标是否可量化、可验收。',
          'Whether the team can reach the published technical targets within the deadline, with measurable, verifiable deliverables.',
        ),
        0.3,
      ),
      criterion(
        'team',
        text('团队能力与前期基础', 'Team capacity and track record'),
        text(
          '揭榜团队的研发能力、工程化经验、前期成果与支撑条件，不设职称、学历等门槛。',
          'R&D capacity, engineering experience, prior results and facilities of the team; no thresholds on titles or degrees.',
        ),
        0.25,
      ),
      criterion(
        'application',
        text('成果转化与应用前景', 'Uptake and application'),
        text(
          '成果在需求方或产业中的落地路径、应用前景与经济社会效益。',
          'The path to use by the challenge owner or industry, and the expected economic and social benefit.',
        ),
        0.15,
      ),
    ],
    totalThreshold: 6,
    overall: 'weighted-mean',
    recommendations: fundingRecommendations,
    recommendationRequired: true,
    comments: [strengths(true, 30), weaknesses(true, 30), confidential()],
    familiarityAsked: true,
    budgetOpinionAsked: false,
    disagreementLimit: 4,
    nihScoring: false,
  };
}
