import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { inWorkspace, requireString, defineCommand, type CliCommand } from '../command';
import { describeImport, importOutcome } from './import-report';

export const integrityCommands: CliCommand[] = [
  defineCommand({
    path: ['integrity', 'import'],
    summary: 'office.cli.integrityImport',
    usage: '--workspace FILE --file CSV|XLSX [--dry-run]',
    options: { workspace: { type: 'string' }, file: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    run: (input) =>
      inWorkspace(input, async () =>
        importOutcome(
          await input.invoke('integrity.import', {
            file: { path: path.resolve(requireString(input.values, 'file')) },
            dryRun: input.values['dry-run'] === true,
          }),
          input.language,
        ),
      ),
    human: (report: ResponseOf<'integrity.import'>, language: Language) => describeImport(report, language),
  }),
];
