import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { inWorkspace, requireString, defineCommand, type CliCommand } from '../command';
import { describeImport, importOutcome, type CliImportReport } from './import-report';

export const reviewersCommands: CliCommand[] = [
  defineCommand({
    path: ['reviewers', 'import'],
    summary: 'office.cli.reviewersImport',
    usage: '--workspace FILE --file CSV|XLSX [--dry-run] [--import-valid-rows [--rejected-out FILE]]',
    options: {
      workspace: { type: 'string' },
      file: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'import-valid-rows': { type: 'boolean' },
      'rejected-out': { type: 'string' },
    },
    run: (input) =>
      inWorkspace(input, async () => {
        const file = path.resolve(requireString(input.values, 'file'));
        const importValidRows = input.values['import-valid-rows'] === true;
        return importOutcome(
          await input.invoke('reviewers.import', {
            file: { path: file },
            dryRun: input.values['dry-run'] === true,
            importValidRows,
          }),
          input.language,
          importValidRows ? { importedFile: file, target: input.values['rejected-out'] } : undefined,
        );
      }),
    human: (report: CliImportReport, language: Language) =>
      describeImport(report, language, report.rejectedRowsPath),
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
