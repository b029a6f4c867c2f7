import { mergeHandlers } from '../core/registry';
import { assignmentsHandlers } from './assignments';
import { packagesHandlers } from './packages';
import { demoHandlers } from './demo';
import { dashboardHandlers } from './dashboard';
import { mergeHandlers as mergeBundleHandlers } from './merge';
import { reviewerHandlers } from './reviewer';
import { resultsHandlers } from './results';
import { workspaceHandlers } from './workspace';
import { callsHandlers } from './calls';
import { applicationsHandlers } from './applications';
import { reviewersHandlers } from './reviewers';
import { integrityHandlers } from './integrity';
import { conflictsHandlers } from './conflicts';
import { qualityHandlers } from './quality';
import { panelHandlers } from './panel';

/** Every area's handlers; each channel of the contract appears in exactly one map. */
export const handlers = mergeHandlers(
  workspaceHandlers,
  callsHandlers,
  applicationsHandlers,
  reviewersHandlers,
  integrityHandlers,
  conflictsHandlers,
  assignmentsHandlers,
  packagesHandlers,
  demoHandlers,
  reviewerHandlers,
  resultsHandlers,
  mergeBundleHandlers,
  dashboardHandlers,
  qualityHandlers,
  panelHandlers,
);
