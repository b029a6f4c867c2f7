import path from 'node:path';
import { appRoot } from '../../core/app-root';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { ok, type Err } from '../../../shared/result';
import { installProcessGuard } from '../../core/process-guard';
import { startShell, type RunningShell } from '../../shell/server';
import { optionalNumber, defineCommand } from '../command';

export const rendererDir = path.join(appRoot, 'out', 'renderer');

export const serveCommand = defineCommand({
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
    const port = optionalNumber(input.values, 'port');
    let shell: RunningShell;
    try {
      shell = await startShell({ dispatcher: input.dispatcher, staticDir: rendererDir, port });
    } catch (error) {
      if (errorCode(error) !== 'EADDRINUSE') throw error;
      return refusal(new AppError('errors.portInUse', { port: port ?? 0 }), input.language);
    }
    // A serving process outlives any one request: a failure no request owns is logged, not fatal.
    const removeGuard = installProcessGuard(input.dispatcher.services.log);
    process.stdout.write(`${shell.url}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await shell.close();
    removeGuard();
    return ok({ url: shell.url });
  },
});

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function refusal(error: AppError, language: Language): Err {
  return {
    ok: false,
    code: error.code,
    message: translate(language, error.code, error.params),
    params: error.params,
  };
}
