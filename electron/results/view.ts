import type { Db } from '../../db/connection';
import { latestRun } from '../../db/repositories/results';
import type { ResultApplication, ResultsView } from '../../shared/contract/results';
import { scoredCriteria } from '../../shared/domain/review-score';
import { aggregateReviews, percentiles } from '../../shared/ranking';
import { computeAwards } from './awards';
import { loadCallInputs, type CallInputs } from './call-inputs';
import { moneySummary } from './decisions';
import { drawsOfRun, isStale } from './lottery';
import { participation, reviewsByApplication, rubricSpec } from './rank-input';
import { parseRun } from './stored-run';

/** Everything the results screens and exports show for one call, from its latest run. */
export function buildView(db: Db, callId: string): ResultsView {
  return buildViewFrom(db, loadCallInputs(db, callId));
}

export function buildViewFrom(db: Db, inputs: CallInputs): ResultsView {
  const runRow = latestRun(db, inputs.call.id);
  const run = runRow ? parseRun(runRow) : null;
  const draws = run ? drawsOfRun(db, run.id) : [];
  const ranked = new Map((run?.table.applications ?? []).map((a) => [a.application, a]));
  const lotteryOutcome = new Map<string, 'selected' | 'not-selected'>();
  for (const draw of draws) {
    for (const id of draw.record.candidates) {
      lotteryOutcome.set(id, draw.record.selected.includes(id) ? 'selected' : 'not-selected');
    }
  }
  const awards = computeAwards(inputs);
  const aggregates = aggregateByApplication(inputs);
  const { excluded } = participation(inputs);
  const challenges = new Map(inputs.challenges.map((c) => [c.id, c]));
  const byApplication = reviewsByApplication(inputs);

  const applications = inputs.applications.map((application): ResultApplication => {
    const rank = ranked.get(application.id);
    const challenge = application.challengeId === null ? undefined : challenges.get(application.challengeId);
    const decision = inputs.decisions.get(application.id);
    const submitted = (byApplication.get(application.id) ?? []).filter(
      (review) => review.status === 'submitted' && review.overall !== null,
    );
    return {
      id: application.id,
      referenceNo: application.referenceNo,
      title: application.title,
      piName: application.piName,
      institution: application.institution,
      challenge: challenge
        ? { id: challenge.id, code: challenge.code, title: { zh: challenge.titleZh, en: challenge.titleEn } }
        : null,
      requested: application.requestedTotal,
      excluded: excluded.has(application.id),
      flagged: application.flagged,
      scores: Object.fromEntries(submitted.map((review) => [review.reviewerId, review.overall as number])),
      aggregate: aggregates.get(application.id) ?? emptyAggregate(),
      ranking: rank
        ? {
            rank: rank.rank,
            er: rank.er,
            pcer: rank.pcer,
            sucra: rank.sucra,
            estimate: rank.estimate,
            cri50: rank.cri50,
            cri90: rank.cri90,
            group: rank.group,
          }
        : null,
      award: awards.get(application.id) ?? {
        amount: null,
        basis: 'none',
        median: null,
        opinions: 0,
        capped: false,
        reason: null,
      },
      lottery: lotteryOutcome.get(application.id) ?? null,
      decision: decision
        ? {
            outcome: decision.outcome,
            amount: decision.amount,
            note: decision.note,
            decidedAt: decision.decidedAt,
          }
        : null,
    };
  });

  const reviewerNames = new Map(inputs.reviews.map((review) => [review.reviewerId, review.reviewerName]));
  const submittedCount = new Map<string, number>();
  for (const review of inputs.reviews) {
    if (review.status === 'submitted')
      submittedCount.set(review.reviewerId, (submittedCount.get(review.reviewerId) ?? 0) + 1);
  }
  const leniency = new Map((run?.table.reviewers ?? []).map((r) => [r.reviewer, r]));
  const reviewers = [...reviewerNames.keys()].sort().map((id) => {
    const calibrated = leniency.get(id);
    return {
      id,
      name: reviewerNames.get(id) ?? id,
      n: calibrated?.n ?? submittedCount.get(id) ?? 0,
      leniency: calibrated?.leniency ?? null,
      leniencyCri90: calibrated?.leniencyCri90 ?? null,
    };
  });

  const firstScale = scoredCriteria(inputs.rubric)[0]?.scale;
  return {
    call: {
      id: inputs.call.id,
      code: inputs.call.code,
      title: { zh: inputs.call.titleZh, en: inputs.call.titleEn },
      category: inputs.call.category,
      status: inputs.call.status,
      envelope: inputs.call.budgetEnvelope,
      applications: inputs.applications.length,
      submittedReviews: inputs.reviews.filter((review) => review.status === 'submitted').length,
      integrityMakesIneligible: inputs.call.integrityMakesIneligible,
    },
    rubric: {
      direction: inputs.direction,
      scale: { min: firstScale?.min ?? 0, max: firstScale?.max ?? 1 },
      criteria: scoredCriteria(inputs.rubric).map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
      })),
      recommendations: inputs.rubric.recommendations,
      nihScoring: inputs.rubric.nihScoring,
      disagreementLimit: inputs.rubric.disagreementLimit,
    },
    run: run && {
      id: run.id,
      createdAt: run.createdAt,
      parameters: run.parameters,
      fundingLine: run.table.fundingLine,
      fundingLines: run.table.fundingLines,
      fundableCount: run.table.fundableCount,
      rhatMax: run.table.rhatMax,
      notices: run.table.notices,
      stale: isStale(db, run),
    },
    applications,
    reviewers,
    lottery: (run?.table.lottery ?? []).map((pool) => ({
      pool: pool.challenge,
      places: pool.places,
      candidates: pool.candidates,
      budget: pool.budget,
      draw: draws.find((draw) => draw.pool === pool.challenge) ?? null,
    })),
    money: moneySummary(inputs.call.budgetEnvelope, inputs.applications.length, [
      ...inputs.decisions.values(),
    ]),
  };
}

type Aggregate = ResultApplication['aggregate'];

function aggregateByApplication(inputs: CallInputs): Map<string, Aggregate> {
  const spec = rubricSpec(inputs);
  const out = new Map<string, Aggregate>();
  for (const [applicationId, reviews] of reviewsByApplication(inputs)) {
    const aggregate = aggregateReviews(
      reviews.map((review) => ({
        reviewer: review.reviewerId,
        status: review.status,
        criteria: review.scores,
        overall: review.overall,
        recommendation: review.recommendation,
      })),
      spec,
    );
    out.set(applicationId, {
      reviews: aggregate.reviews,
      n: aggregate.n,
      mean: aggregate.mean,
      median: aggregate.median,
      sd: aggregate.sd,
      min: aggregate.min,
      max: aggregate.max,
      range: aggregate.range,
      weightedTotal: aggregate.weightedTotal,
      criterionMeans: aggregate.criterionMeans,
      thresholdPass: aggregate.thresholds.pass,
      recommendations: aggregate.recommendations,
      disagreement: aggregate.disagreement,
      nihImpact: inputs.rubric.nihScoring ? aggregate.nihImpact : null,
      nihPercentile: null,
    });
  }
  if (inputs.rubric.nihScoring) {
    const impacts: Record<string, number> = {};
    for (const [id, aggregate] of out) if (aggregate.nihImpact !== null) impacts[id] = aggregate.nihImpact;
    for (const entry of percentiles(impacts, 'lower-is-better')) {
      const aggregate = out.get(entry.id);
      if (aggregate) aggregate.nihPercentile = entry.nihPercentile;
    }
  }
  return out;
}

function emptyAggregate(): Aggregate {
  return {
    reviews: 0,
    n: 0,
    mean: null,
    median: null,
    sd: null,
    min: null,
    max: null,
    range: null,
    weightedTotal: null,
    criterionMeans: {},
    thresholdPass: null,
    recommendations: {},
    disagreement: false,
    nihImpact: null,
    nihPercentile: null,
  };
}
