import type { CallCategory, TemplateId } from '../domain/call';
import type { LocalizedText } from '../domain/localized';
import type { Rubric } from '../domain/rubric';
import { challengeRubric } from './challenge';
import { text } from './common';
import { horizonEuropeRubric } from './horizon-europe';
import { jieqingRubric } from './jieqing';
import { nih2025Rubric } from './nih-2025';
import { nsfcRubric } from './nsfc';
import { snsfRubric } from './snsf';

export interface RubricTemplate {
  id: TemplateId;
  name: LocalizedText;
  description: LocalizedText;
  /** The call category a new call from this template gets unless the officer says otherwise. */
  category: CallCategory;
  reviewersPerApplication: number;
  rubric: (options?: TemplateOptions) => Rubric;
}

/** Choices a template offers when a call is created from it. */
export interface TemplateOptions {
  /** Horizon Europe Innovation Actions weight Impact 1.5; ignored by other templates. */
  impactWeight?: number;
}

/** The templates a call can start from; each builds a fresh, complete rubric the officer may edit. */
export const rubricTemplates: readonly RubricTemplate[] = [
  {
    id: 'nsfc',
    name: text('国家自然科学基金式（优/良/中/差）', 'NSFC style (Excellent / Good / Fair / Poor)'),
    description: text(
      '四个方面按优/良/中/差评价，并给出优先资助/可资助/不予资助的资助意见。',
      'Four aspects rated Excellent / Good / Fair / Poor, with a funding recommendation.',
    ),
    category: 'general',
    reviewersPerApplication: 3,
    rubric: nsfcRubric,
  },
  {
    id: 'horizon-europe',
    name: text('地平线欧洲', 'Horizon Europe'),
    description: text(
      '卓越性、影响、实施三项各 0–5 分（可给半分），单项门槛 3 分，总分门槛 10 分；创新行动类可将“影响”权重设为 1.5。',
      'Excellence, Impact and Implementation 0–5 in half points; threshold 3 each and 10 in total; Impact can weigh 1.5 (Innovation Actions).',
    ),
    category: 'general',
    reviewersPerApplication: 3,
    rubric: (options) => horizonEuropeRubric({ impactWeight: options?.impactWeight ?? 1 }),
  },
  {
    id: 'nih-2025',
    name: text('NIH 2025 简化框架', 'NIH 2025 simplified framework'),
    description: text(
      '两项因素按 1–9 分评分（1 分最好），第三项评为“适当/存在不足”，另给总体影响分。',
      'Two factors scored 1–9 (1 is best), a third rated appropriate / gaps identified, and an Overall Impact score.',
    ),
    category: 'general',
    reviewersPerApplication: 3,
    rubric: nih2025Rubric,
  },
  {
    id: 'snsf',
    name: text('瑞士国家科学基金（A–D 六级）', 'SNSF (six grades A–D)'),
    description: text(
      '三项标准按 A、AB、B、BC、C、D 六级评分。',
      'Three criteria graded A, AB, B, BC, C, D.',
    ),
    category: 'general',
    reviewersPerApplication: 3,
    rubric: snsfRubric,
  },
  {
    id: 'jieqing-lump-sum',
    name: text('杰青（经费包干制）', 'Distinguished Young Scholars (lump sum)'),
    description: text(
      '评价人与研究计划，并对包干经费总额给出意见（适当/偏高/偏低及建议金额）。',
      'Judges the person and the plan, with an opinion on the lump-sum total (appropriate / too high / too low and an amount).',
    ),
    category: 'lump-sum',
    reviewersPerApplication: 5,
    rubric: jieqingRubric,
  },
  {
    id: 'challenge',
    name: text('揭榜挂帅', 'Challenge call'),
    description: text(
      '按榜单目标评价揭榜团队，每个榜单择优资助若干团队。',
      'Judges teams against a published challenge; the best N per challenge are funded.',
    ),
    category: 'challenge',
    reviewersPerApplication: 5,
    rubric: challengeRubric,
  },
];

export function findTemplate(id: TemplateId): RubricTemplate {
  const template = rubricTemplates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`Unknown rubric template ${id}`);
  return template;
}
