import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { ApplicationImportReport } from '../../../shared/contract/applications';
import { applicationSortSchema } from '../../../shared/domain/application';
import type { Language } from '../../../shared/i18n/catalogs';
import { inWorkspace, requireString, UsageError, defineCommand, type CliCommand } from '../command';
import { describeImport, importOutcome, type CliImportReport } from './import-report';

export const applicationsCommands: CliCommand[] = [
  defineCommand({
    path: ['applications', 'import'],
    summary: 'office.cli.applicationsImport',
    usage:
      '--workspace FILE --call CODE --file CSV|XLSX [--attachments DIR] [--dry-run] [--import-valid-rows [--rejected-out FILE]]',
    options: {
      workspace: { type: 'string' },
      call: { type: 'string' },
      file: { type: 'string' },
      attachments: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'import-valid-rows': { type: 'boolean' },
      'rejected-out': { type: 'string' },
    },
    run: (input) =>
      inWorkspace(input, async () => {
        const folder = input.values.attachments;
        const file = path.resolve(requireString(input.values, 'file'));
        const importValidRows = input.values['import-valid-rows'] === true;
        const result = await input.invoke('applications.import', {
          callId: requireString(input.values, 'call'),
          file: { path: file },
          ...(typeof folder === 'string' ? { attachments: { folder: path.resolve(folder) } } : {}),
          dryRun: input.values['dry-run'] === true,
          importValidRows,
        });
        return importOutcome(
          result,
          input.language,
          importValidRows ? { importedFile: file, target: input.values['rejected-out'] } : undefined,
        );
      }),
    human: (report: CliImportReport<ApplicationImportReport>, language: Language) =>
      describeImport(report, language, report.rejectedRowsPath),
  }),
  defineCommand({
    path: ['applications', 'list'],
    summary: 'office.cli.applicationsList',
    usage:
      '--workspace FILE --call CODE [--search TEXT] [--sort referenceNo|title|piName|institution|requestedTotal] [--desc]',
    options: {
      workspace: { type: 'string' },
      call: { type: 'string' },
      search: { type: 'string' },
      sort: { type: 'string' },
      desc: { type: 'boolean' },
    },
    run: (input) => {
      const sort = applicationSortSchema.safeParse(input.values.sort ?? 'referenceNo');
      if (!sort.success)
        throw new UsageError(`--sort must be one of ${applicationSortSchema.options.join(', ')}`);
      return inWorkspace(input, () =>
        input.invoke('applications.list', {
          callId: requireString(input.values, 'call'),
          query: typeof input.values.search === 'string' ? input.values.search : '',
          sort: sort.data,
          descending: input.values.desc === true,
        }),
      );
    },
    human: (list: ResponseOf<'applications.list'>) =>
      list.rows
        .map((row) =>
          [
            row.referenceNo,
            row.status,
            String(row.requestedTotal).padStart(12),
            row.piName,
            row.institution,
            row.title,
          ].join('  '),
        )
        .join('\n'),
  }),
];
