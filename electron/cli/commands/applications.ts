import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { ApplicationImportReport } from '../../../shared/contract/applications';
import { applicationSortSchema } from '../../../shared/domain/application';
import type { Language } from '../../../shared/i18n/catalogs';
import { inWorkspace, requireString, UsageError, defineCommand, type CliCommand } from '../command';
import { describeImport, importOutcome } from './import-report';

export const applicationsCommands: CliCommand[] = [
  defineCommand({
    path: ['applications', 'import'],
    summary: 'office.cli.applicationsImport',
    usage: '--workspace FILE --call CODE --file CSV|XLSX [--attachments DIR] [--dry-run]',
    options: {
      workspace: { type: 'string' },
      call: { type: 'string' },
      file: { type: 'string' },
      attachments: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    run: (input) =>
      inWorkspace(input, async () => {
        const folder = input.values.attachments;
        const result = await input.invoke('applications.import', {
          callId: requireString(input.values, 'call'),
          file: { path: path.resolve(requireString(input.values, 'file')) },
          ...(typeof folder === 'string' ? { attachments: { folder: path.resolve(folder) } } : {}),
          dryRun: input.values['dry-run'] === true,
        });
        return importOutcome(result, input.language);
      }),
    human: (report: ApplicationImportReport, language: Language) => describeImport(report, language),
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
