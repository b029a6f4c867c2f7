import type { CliCommand } from '../command';
import { assignCommand } from './assign';
import { demoCommand } from './demo';
import { packagesExportCommand } from './packages';
import { exportCommand } from './export';
import { lotteryCommand } from './lottery';
import { mergeCommand } from './merge';
import { rankCommand } from './rank';
import { qualityCommand } from './quality';
import { reviewerCommands } from './reviewer';
import { serveCommand } from './serve';
import { workspaceCommands } from './workspace';
import { callCommands } from './call';
import { applicationsCommands } from './applications';
import { reviewersCommands } from './reviewers';
import { integrityCommands } from './integrity';
import { conflictsCommands } from './conflicts';
import { panelCommands } from './panel';
import { panelBundleCommands } from './panel-bundles';

/** Every subcommand; each calls handlers through the dispatcher and has no logic of its own. */
export const commands: CliCommand[] = [
  ...workspaceCommands,
  ...callCommands,
  ...applicationsCommands,
  ...reviewersCommands,
  ...integrityCommands,
  ...conflictsCommands,
  ...reviewerCommands,
  serveCommand,
  rankCommand,
  qualityCommand,
  lotteryCommand,
  exportCommand,
  mergeCommand,
  assignCommand,
  packagesExportCommand,
  demoCommand,
  ...panelCommands,
  ...panelBundleCommands,
];
