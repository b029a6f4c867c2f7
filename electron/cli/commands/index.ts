import type { CliCommand } from '../command';
import { assignCommand } from './assign';
import { demoCommand } from './demo';
import { packagesExportCommand } from './packages';
import { exportCommand } from './export';
import { lotteryCommand } from './lottery';
import { rankCommand } from './rank';
import { reviewerCommands } from './reviewer';
import { serveCommand } from './serve';
import { workspaceCommands } from './workspace';

/** Every subcommand; each calls handlers through the dispatcher and has no logic of its own. */
export const commands: CliCommand[] = [
  ...workspaceCommands,
  ...reviewerCommands,
  serveCommand,
  rankCommand,
  lotteryCommand,
  exportCommand,
  assignCommand,
  packagesExportCommand,
  demoCommand,
];
