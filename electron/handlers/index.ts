import type { AppFactory } from '../core/app-factory';
import { mergeHandlers, type HandlerMap } from '../core/registry';
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
import { panelBundleHandlers } from './panel-bundles';
import { keysHandlers } from './keys';
import { reviewerRecordHandlers } from './reviewer-record';
import { remindersHandlers } from './reminders';

/** What handlers need from the composition root (electron/app.ts). */
export interface HandlerDeps {
  /** Another dispatcher over these handlers: the demo's office and its simulated reviewers. */
  createApp: AppFactory;
}

/** Every area's handlers; each channel of the contract appears in exactly one map. */
export function createHandlers(deps: HandlerDeps): HandlerMap {
  return mergeHandlers(
    workspaceHandlers,
    callsHandlers,
    applicationsHandlers,
    reviewersHandlers,
    integrityHandlers,
    conflictsHandlers,
    assignmentsHandlers,
    packagesHandlers,
    demoHandlers(deps.createApp),
    reviewerHandlers,
    resultsHandlers,
    mergeBundleHandlers,
    dashboardHandlers,
    qualityHandlers,
    panelHandlers,
    panelBundleHandlers,
    keysHandlers,
    reviewerRecordHandlers,
    remindersHandlers,
  );
}
