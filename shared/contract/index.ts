import type { z } from 'zod';
import type { Result } from '../result';
import type { Progress } from './progress';
import { assignmentsChannels } from './assignments';
import { packagesChannels } from './packages';
import { demoChannels } from './demo';
import { dashboardChannels } from './dashboard';
import { mergeChannels } from './merge';
import { reviewerChannels } from './reviewer';
import { resultsChannels } from './results';
import { workspaceChannels } from './workspace';
import { callsChannels } from './calls';
import { applicationsChannels } from './applications';
import { reviewersChannels } from './reviewers';
import { integrityChannels } from './integrity';
import { conflictsChannels } from './conflicts';
import { qualityChannels } from './quality';
import { panelChannels } from './panel';
import { panelBundleChannels } from './panel-bundles';
import { keysChannels } from './keys';
import { reviewerRecordChannels } from './reviewer-record';
import { remindersChannels } from './reminders';

/** Every use case Peerdesk offers, by channel name. One handler is registered per entry. */
export const contract = {
  ...workspaceChannels,
  ...callsChannels,
  ...applicationsChannels,
  ...reviewersChannels,
  ...integrityChannels,
  ...conflictsChannels,
  ...mergeChannels,
  ...dashboardChannels,
  ...assignmentsChannels,
  ...packagesChannels,
  ...demoChannels,
  ...resultsChannels,
  ...reviewerChannels,
  ...qualityChannels,
  ...panelChannels,
  ...panelBundleChannels,
  ...keysChannels,
  ...reviewerRecordChannels,
  ...remindersChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;

export interface InvokeOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

/** What the renderer sees, whichever door it runs behind (Electron IPC or the browser shell). */
export interface PeerdeskApi {
  invoke<C extends ChannelName>(
    channel: C,
    request: RequestOf<C>,
    options?: InvokeOptions,
  ): Promise<Result<ResponseOf<C>>>;
}

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}
