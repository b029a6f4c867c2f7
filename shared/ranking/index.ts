/** Public surface of the scoring and ranking math (pure; see docs/ranking.md). */
export * from './types';
export {
  summarize,
  aggregateScores,
  aggregateReviews,
  reviewOverall,
  type ScoreSummary,
  type ApplicationScores,
  type ReviewAggregate,
  type ThresholdResult,
} from './aggregate';
export { nihOverallImpact, percentiles, type PercentileEntry } from './nih';
export {
  zScores,
  DEFAULT_MIN_REVIEWS_FOR_Z,
  type ZScoreResult,
  type ReviewerCalibration,
  type ZScoreApplication,
  type ZScoreEntry,
} from './zscore';
export { pcer, sucra } from './rank-metrics';
export {
  defaultTieBreak,
  parseTieBreak,
  compareByRules,
  EU_CRITERIA_ORDER,
  type TieBreakRule,
  type TieBreakValues,
} from './tie-break';
export {
  drawFundingLine,
  drawGroupedFundingLines,
  type FundingCandidate,
  type FundingOptions,
  type FundingDecision,
  type GroupFunding,
} from './funding-line';
export { drawLottery, LOTTERY_ALGORITHM, type LotteryInput, type LotteryRecord } from './lottery';
export {
  lumpSumAward,
  type AwardInput,
  type AwardResult,
  type AwardReview,
  type BudgetOpinion,
} from './award';
export {
  rankApplications,
  type RankInput,
  type RankTable,
  type RankedApplication,
  type RankedReviewer,
  type LotteryPool,
  type RankGroups,
} from './rank-table';
export {
  fitBayes,
  rankAmong,
  BAYES_DEFAULTS,
  splitRhat,
  RHAT_WARN,
  type BayesOptions,
  type BayesFit,
} from './bayes';
export { renderNotice } from './notices';
