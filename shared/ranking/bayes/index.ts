export {
  fitBayes,
  rankAmong,
  BAYES_DEFAULTS,
  type BayesOptions,
  type BayesFit,
  type BayesApplication,
  type BayesReviewer,
} from './fit';
export { buildDesign, type Design } from './design';
export { splitRhat, rhatFromMoments, RHAT_WARN } from './rhat';
export { rankSummaries, columnInterval, type RankSummary } from './rank-draws';
