import { mergeHandlers } from '../core/registry';
import { assignmentsHandlers } from './assignments';
import { packagesHandlers } from './packages';
import { dashboardHandlers } from './dashboard';
import { mergeHandlers as mergeBundleHandlers } from './merge';
import { reviewerHandlers } from './reviewer';
import { resultsHandlers } from './results';
import { workspaceHandlers } from './workspace';

/** Every area's handlers; each channel of the contract appears in exactly one map. */
export const handlers = mergeHandlers(
  workspaceHandlers,
  assignmentsHandlers,
  packagesHandlers,
  reviewerHandlers,
  resultsHandlers,
  mergeBundleHandlers,
  dashboardHandlers,
);
