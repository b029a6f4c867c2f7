/** Review quality of a call: reliability, discordance, funding-line stability (docs/quality.md). */
export { krippendorffAlpha, coincidences, alphaFrom, type AlphaMetric, type Coincidences } from './alpha';
export { alphaBootstrap, DEFAULT_REPLICATES } from './alpha-bootstrap';
export { oneWayAnova, icc1, reviewersFor, type OneWayAnova } from './icc';
export { DISCORDANT_FACTOR, isDiscordant } from './discordance';
export { fundedShares, stabilityOf, ALWAYS_AT_LEAST, NEVER_AT_MOST, type Stability } from './stability';
export {
  qualityReport,
  type QualityInput,
  type QualityReport,
  type QualityApplication,
  type QualityReviewer,
  type Reliability,
} from './report';
export { qualityResponse } from './summary';
