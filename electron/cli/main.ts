import { parseArgs } from 'node:util';
import { storageRefusal } from '../../db/sqlite-errors';
import { languages, type Language } from '../../shared/i18n/catalogs';
import type { Progress } from '../../shared/contract/progress';
import { translate } from '../../shared/i18n/translate';
import { systemServices } from '../core/app';
import { createApp } from '../app';
import { isAppError } from '../../shared/errors';
import { UsageError, type CliCommand, type CliInput } from './command';
import { cliPassphrase, unlockingInvoke } from './passphrase';
import { commands } from './commands';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

interface CliStreams {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A terminal redraws one progress line in place; a log or pipe gets a line per finished stage. */
  errIsTerminal?: boolean;
}

const processStreams: CliStreams = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY,
};

function progressPrinter(streams: CliStreams, language: Language) {
  let open = false;
  return {
    show(progress: Progress): void {
      const line = `${translate(language, progress.label, progress.params)} ${progress.done}/${progress.total}`;
      if (streams.errIsTerminal) {
        streams.err(`\r\x1b[K${line}`);
        open = true;
      } else if (progress.done === progress.total) streams.err(`${line}\n`);
    },
    end(): void {
      if (open) streams.err('\n');
      open = false;
    },
  };
}

/** Runs one CLI invocation and returns its exit code: 0 done, 1 refused input, 2 usage error. */
export async function main(argv: string[], streams: CliStreams = processStreams): Promise<number> {
  const command = findCommand(argv);
  // Office keys are never made unprotected by a shipped door (docs/security.md).
  const services = { ...systemServices({ door: command?.door ?? 'cli' }), requireKeyProtection: true };
  const language = pickLanguage(argv, services.systemLanguage);
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (!command || wantsHelp) {
    const asksForSomething = argv.some(
      (word, index) => !word.startsWith('-') && argv[index - 1] !== '--lang',
    );
    if (asksForSomething && !command && !wantsHelp) {
      streams.err(`${translate(language, 'cli.unknownCommand', { command: argv.join(' ') })}\n\n`);
      streams.err(helpText(language, undefined));
      return EXIT_USAGE;
    }
    streams.out(helpText(language, command));
    return EXIT_OK;
  }

  let values: CliInput['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.slice(command.path.length),
      options: {
        ...command.options,
        json: { type: 'boolean' },
        lang: { type: 'string' },
        'passphrase-file': { type: 'string' },
      },
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    }));
  } catch (error) {
    streams.err(`${(error as Error).message}\n${usageLine(command)}\n`);
    return EXIT_USAGE;
  }

  let passphrase: string | undefined;
  try {
    passphrase = cliPassphrase(values, process.env);
  } catch (error) {
    if (!isAppError(error)) throw error;
    streams.err(`${translate(language, error.code, error.params)}\n`);
    return EXIT_REFUSED;
  }

  const json = values.json === true;
  const dispatcher = createApp(services);
  const printer = progressPrinter(streams, language);
  const input: CliInput = {
    values,
    positionals,
    language,
    dispatcher,
    invoke: unlockingInvoke(
      (channel, request) =>
        dispatcher.invoke(channel, request, {
          language,
          onProgress: json ? undefined : (progress) => printer.show(progress),
        }),
      passphrase,
      language,
    ),
  };
  try {
    const result = await command.run(input);
    if (json) streams.out(`${JSON.stringify(result.ok ? result.value.json() : result, null, 2)}\n`);
    else if (result.ok) streams.out(`${result.value.human(language)}\n`);
    else streams.err(`${result.message}\n`);
    return result.ok ? EXIT_OK : EXIT_REFUSED;
  } catch (error) {
    if (error instanceof UsageError) {
      streams.err(`${error.message}\n${usageLine(command)}\n`);
      return EXIT_USAGE;
    }
    const refusal = storageRefusal(error);
    if (!refusal) throw error;
    streams.err(`${translate(language, refusal.code, refusal.params)}\n`);
    return EXIT_REFUSED;
  } finally {
    printer.end();
    dispatcher.session.close();
  }
}

function findCommand(argv: string[]): CliCommand | undefined {
  const words = argv.filter((word) => !word.startsWith('-'));
  return [...commands]
    .sort((a, b) => b.path.length - a.path.length)
    .find((command) => command.path.every((part, index) => argv[index] === part && words[index] === part));
}

function pickLanguage(argv: string[], fallback: Language): Language {
  const index = argv.indexOf('--lang');
  const wanted = index >= 0 ? argv[index + 1] : undefined;
  return languages.find((language) => language === wanted) ?? fallback;
}

function usageLine(command: CliCommand): string {
  return `peerdesk ${command.path.join(' ')} ${command.usage} [--json] [--lang zh-CN|en] [--passphrase-file FILE]`;
}

function helpText(language: Language, command: CliCommand | undefined): string {
  if (command) return `${usageLine(command)}\n\n  ${translate(language, command.summary)}\n`;
  const rows = commands.map(
    (entry) => `  ${entry.path.join(' ').padEnd(24)} ${translate(language, entry.summary)}`,
  );
  return `${translate(language, 'cli.help')}\n\n${rows.join('\n')}\n\n${translate(language, 'cli.helpFooter')}\n`;
}
