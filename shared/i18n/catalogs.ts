/**
 * The zh-CN and en catalogs, one file per area under locales/<lang>/.
 * en is the reference shape; each zh-CN file `satisfies` its en twin, and a test checks both
 * catalogs have exactly the same keys and placeholders.
 */
import enAssignment from './locales/en/assignment';
import enBallot from './locales/en/ballot';
import enBundle from './locales/en/bundle';
import enCli from './locales/en/cli';
import enCommon from './locales/en/common';
import enErrors from './locales/en/errors';
import enKeys from './locales/en/keys';
import enMerge from './locales/en/merge';
import enOffice from './locales/en/office';
import enPanel from './locales/en/panel';
import enQuality from './locales/en/quality';
import enResults from './locales/en/results';
import enRanking from './locales/en/ranking';
import enReview from './locales/en/review';
import enReviewer from './locales/en/reviewer';
import enUi from './locales/en/ui';
import zhAssignment from './locales/zh-CN/assignment';
import zhBallot from './locales/zh-CN/ballot';
import zhBundle from './locales/zh-CN/bundle';
import zhCli from './locales/zh-CN/cli';
import zhCommon from './locales/zh-CN/common';
import zhErrors from './locales/zh-CN/errors';
import zhKeys from './locales/zh-CN/keys';
import zhMerge from './locales/zh-CN/merge';
import zhOffice from './locales/zh-CN/office';
import zhPanel from './locales/zh-CN/panel';
import zhQuality from './locales/zh-CN/quality';
import zhResults from './locales/zh-CN/results';
import zhRanking from './locales/zh-CN/ranking';
import zhReview from './locales/zh-CN/review';
import zhReviewer from './locales/zh-CN/reviewer';
import zhUi from './locales/zh-CN/ui';

export const en = {
  assignment: enAssignment,
  ballot: enBallot,
  bundle: enBundle,
  cli: enCli,
  common: enCommon,
  errors: enErrors,
  keys: enKeys,
  merge: enMerge,
  office: enOffice,
  panel: enPanel,
  quality: enQuality,
  results: enResults,
  ranking: enRanking,
  review: enReview,
  reviewer: enReviewer,
  ui: enUi,
};

export const zhCN: typeof en = {
  assignment: zhAssignment,
  ballot: zhBallot,
  bundle: zhBundle,
  cli: zhCli,
  common: zhCommon,
  errors: zhErrors,
  keys: zhKeys,
  merge: zhMerge,
  office: zhOffice,
  panel: zhPanel,
  quality: zhQuality,
  results: zhResults,
  ranking: zhRanking,
  review: zhReview,
  reviewer: zhReviewer,
  ui: zhUi,
};

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const catalogs: Record<Language, typeof en> = { 'zh-CN': zhCN, en };
