import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { inWorkspace, requireString, defineCommand } from '../command';

type Exported = ResponseOf<'packages.export'>;

function describeExport(value: Exported, language: Language): string {
  return translate(language, 'assignment.cli.packagesSummary', {
    count: value.packages.length,
    dir: value.outDir,
    list: value.passphraseListPath ?? '-',
  });
}

const list = (value: string | boolean | string[] | boolean[] | undefined): string[] | undefined =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : undefined;

/**
 * `peerdesk packages export --workspace W --call C --out DIR [--all] [--reviewer ID …] [--due DATE]`
 * writes the packages into DIR and passphrases.csv into DIR-passphrases/ (packages and passphrases
 * travel by different routes); `--json` prints the passphrases too.
 */
export const packagesExportCommand = defineCommand({
  path: ['packages', 'export'],
  summary: 'assignment.cli.packagesExport',
  usage: '--workspace FILE --call CODE --out DIR [--all] [--reviewer ID]… [--due YYYY-MM-DD]',
  options: {
    workspace: { type: 'string' },
    call: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
    reviewer: { type: 'string', multiple: true },
    due: { type: 'string' },
  },
  run: (input) =>
    inWorkspace(input, () =>
      input.invoke('packages.export', {
        callId: requireString(input.values, 'call'),
        outDir: path.resolve(requireString(input.values, 'out')),
        scope: input.values.all === true ? 'all' : 'changed',
        reviewerIds: list(input.values.reviewer),
        ...(typeof input.values.due === 'string' ? { dueAt: input.values.due } : {}),
        passphraseList: true,
      }),
    ),
  human: describeExport,
});
