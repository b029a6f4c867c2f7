import { app } from 'electron';
import { main } from '../cli/main';

/** The arguments after `--cli` when the app was started as `Peerdesk --cli …`; null for the desktop. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at < 0 ? null : argv.slice(at + 1);
}

/**
 * Runs the command line inside this main process and exits with its code. The packaged app has no
 * `ELECTRON_RUN_AS_NODE` (that fuse is off), so its CLI is this: no window, no single-instance lock.
 */
export function runCliAndExit(args: string[]): void {
  main(args).then(
    (code) => app.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      app.exit(1);
    },
  );
}
