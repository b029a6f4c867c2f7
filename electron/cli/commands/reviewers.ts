import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { ImportReport } from '../../../shared/domain/import-report';
import type { Language } from '../../../shared/i18n/catalogs';
import { inWorkspace, requireString, defineCommand, type CliCommand } from '../command';
import { describeImport, importOutcome } from './import-report';

export const reviewersCommands: CliCommand[] = [
  defineCommand({
    path: ['reviewers', 'import'],
    summary: 'office.cli.reviewersImport',
    usage: '--workspace FILE --file CSV|XLSX [--dry-run]',
    options: { workspace: { type: 'string' }, file: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    run: (input) =>
      inWorkspace(input, async () =>
        importOutcome(
          await input.invoke('reviewers.import', {
            file: { path: path.resolve(requireString(input.values, 'file')) },
            dryRun: input.values['dry-run'] === true,
          }),
          input.language,
        ),
      ),
    human: (report: ImportReport, language: Language) => describeImport(report, language),
  }),
  defineCommand({
    path: ['reviewers', 'list'],
    summary: 'office.cli.reviewersList',
    usage: '--workspace FILE',
    options: { workspace: { type: 'string' } },
    run: (input) => inWorkspace(input, () => input.invoke('reviewers.list', {})),
    human: (reviewers: ResponseOf<'reviewers.list'>) =>
      reviewers
        .map((row) =>
          [
            row.name,
            row.email,
            row.institution,
            `${row.assigned}/${row.maxLoad}`,
            row.expertise.join('; '),
          ].join('  '),
        )
        .join('\n'),
  }),
];
