import path from 'node:path';
import { ok } from '../../../shared/result';
import { appRoot } from '../../core/app-root';
import { startShell } from '../../shell/server';
import { optionalNumber, type CliCommand } from '../command';

export const rendererDir = path.join(appRoot, 'out', 'renderer');

export const serveCommand: CliCommand = {
  path: ['serve'],
  summary: 'cli.commands.serve',
  door: 'browser',
  usage: '[--port N] [--workspace FILE]',
  options: { port: { type: 'string' }, workspace: { type: 'string' } },
  run: async (input) => {
    if (typeof input.values.workspace === 'string') {
      const opened = await input.invoke('workspace.open', { path: input.values.workspace });
      if (!opened.ok) return opened;
    }
    const shell = await startShell({
      dispatcher: input.dispatcher,
      staticDir: rendererDir,
      port: optionalNumber(input.values, 'port'),
    });
    process.stdout.write(`${shell.url}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await shell.close();
    return ok({ url: shell.url });
  },
};
