/**
 * The scoring model of simulated reviewers (`peerdesk demo --simulate`): a seeded, plausible panel.
 *
 *   latent(application, reviewer, criterion) = θ(application) + ν(reviewer) + ε(pair) + δ(criterion)
 *   θ ~ N(0, 1) application quality, the same whoever reads it (seeded by the application id)
 *   ν ~ N(0, 0.5²) reviewer leniency, ε ~ N(0, 0.6²) pair noise, δ ~ N(0, 0.35²) per criterion
 *
 * The latent maps through the normal CDF onto the criterion's scale (respecting direction, step
 * and named levels), so stronger applications score better on every scale a rubric can have.
 */
import type { DraftPatch } from '../../shared/contract/reviewer';
import type { BudgetOpinion, Recusal } from '../../shared/domain/review';
import type { Rubric, ScoredCriterion } from '../../shared/domain/rubric';
import { Random } from '../../shared/random';

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The allowed value of a criterion nearest to the quality fraction q in (0, 1). */
export function valueOnScale(criterion: ScoredCriterion, q: number): number {
  const { min, max, step, direction, levels } = criterion.scale;
  const raw = direction === 'higher-is-better' ? min + q * (max - min) : max - q * (max - min);
  if (levels && levels.length > 0) {
    return levels.reduce(
      (best, level) => (Math.abs(level.value - raw) < Math.abs(best - raw) ? level.value : best),
      levels[0]?.value ?? min,
    );
  }
  const snapped = min + Math.round((raw - min) / step) * step;
  return Math.min(max, Math.max(min, Number(snapped.toFixed(6))));
}

const STRENGTHS = {
  high: [
    '研究问题重要且处于学科前沿，学术思想新颖，',
    '技术路线清晰可行，前期工作基础扎实，',
    '团队结构合理，具备完成任务的条件，',
  ],
  low: ['选题有一定意义，', '申请人具备一定的研究基础，', '部分研究内容有特色，'],
};
const WEAKNESSES = {
  high: ['个别关键技术环节的风险分析略显不足，', '建议进一步明确阶段性考核指标，'],
  low: [
    '创新性不够突出，与已有工作的区别论证不充分，',
    '研究内容偏多，重点不够聚焦，',
    '技术路线中部分环节可行性存疑，',
  ],
};
const TO_APPLICANT = ['建议加强与国内外同行的交流合作，', '建议在实施中注重数据共享与成果转化，'];
const RECUSAL_REASONS: Record<Recusal['type'], string> = {
  'same-institution': '本人与申请人在同一单位工作。',
  collaborator: '近三年与申请人有合作发表论文。',
  competitor: '本人团队正在开展高度相近的研究，存在竞争关系。',
  personal: '与申请人有亲属关系。',
  other: '曾指导申请人的研究生学位论文。',
};
const RECUSAL_TYPES = Object.keys(RECUSAL_REASONS) as Recusal['type'][];

function paragraph(random: Random, phrases: readonly string[], minLength: number): string {
  let text = '';
  while ([...text].length < Math.max(minLength, 24)) text += phrases[random.int(phrases.length)] as string;
  return `${text.replace(/，$/, '')}。`;
}

export interface SimulatedReviewInput {
  rubric: Rubric;
  /** θ: the application's quality. */
  quality: number;
  /** ν: the reviewer's leniency. */
  leniency: number;
  requestedTotal: number;
  /** The (application, reviewer) stream: every draw of this review comes from it. */
  random: Random;
}

/** One complete review as a seeded reviewer would write it. */
export function simulatedReview(input: SimulatedReviewInput): DraftPatch {
  const { rubric, random } = input;
  const pair = input.quality + input.leniency + 0.6 * random.normal();
  const scores: Record<string, number> = {};
  const choices: Record<string, string> = {};
  for (const criterion of rubric.criteria) {
    const latent = pair + 0.35 * random.normal();
    if (criterion.type === 'score') scores[criterion.id] = valueOnScale(criterion, normalCdf(latent));
    else choices[criterion.id] = (criterion.options[latent > -0.8 ? 0 : 1] ?? criterion.options[0])?.id ?? '';
  }
  const good = pair > 0;
  const comments: Record<string, string> = {};
  for (const field of rubric.comments) {
    const min = field.minLength;
    if (field.id === 'strengths')
      comments[field.id] = paragraph(random, good ? STRENGTHS.high : STRENGTHS.low, min);
    else if (field.id === 'weaknesses')
      comments[field.id] = paragraph(random, good ? WEAKNESSES.high : WEAKNESSES.low, min);
    else if (field.required || random.uniform() < 0.4) {
      comments[field.id] =
        field.id === 'confidential' ? '无利益冲突，意见仅供参考。' : paragraph(random, TO_APPLICANT, min);
    }
  }
  const options = rubric.recommendations;
  const recommendation =
    options.length === 0
      ? null
      : (options[Math.min(options.length - 1, pair > 0.9 ? 0 : pair > -0.3 ? 1 : 2)]?.id ?? null);
  const familiarityDraw = random.uniform();
  return {
    scores,
    choices,
    comments,
    recommendation,
    familiarity: rubric.familiarityAsked
      ? familiarityDraw < 0.5
        ? 'familiar'
        : familiarityDraw < 0.85
          ? 'somewhat'
          : 'unfamiliar'
      : null,
    budgetOpinion: rubric.budgetOpinionAsked
      ? budgetOpinion(input.requestedTotal, input.leniency, random)
      : null,
  };
}

/** Lenient reviewers accept the requested lump sum more often; the amount is rounded to 10 000 yuan. */
function budgetOpinion(requested: number, leniency: number, random: Random): BudgetOpinion {
  const ratio = 0.96 + 0.06 * leniency + 0.1 * random.normal();
  if (ratio > 0.92 && ratio < 1.08)
    return { verdict: 'appropriate', recommendedAmount: requested, reason: '' };
  const recommendedAmount = Math.max(0, Math.round((requested * ratio) / 10_000) * 10_000);
  return ratio < 1
    ? { verdict: 'too-high', recommendedAmount, reason: '部分年度经费安排偏多，设备购置可与现有平台共享。' }
    : { verdict: 'too-low', recommendedAmount, reason: '野外观测与样品分析工作量较大，申请经费难以支撑。' };
}

/** Some reviewers recuse from some applications; the reason fits the type. */
export function simulatedRecusal(random: Random): Recusal {
  const type = RECUSAL_TYPES[random.int(RECUSAL_TYPES.length)] ?? 'other';
  return { type, reason: RECUSAL_REASONS[type] };
}
