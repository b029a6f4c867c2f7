import type { ResponseOf } from '../../../shared/contract';
import { conflictTypeSchema } from '../../../shared/contract/conflicts';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { inWorkspace, requireString, UsageError, defineCommand, type CliCommand } from '../command';

export const conflictsCommands: CliCommand[] = [
  defineCommand({
    path: ['conflicts', 'detect'],
    summary: 'office.cli.conflictsDetect',
    usage: '--workspace FILE --call CODE',
    options: { workspace: { type: 'string' }, call: { type: 'string' } },
    run: (input) =>
      inWorkspace(input, () =>
        input.invoke('conflicts.detect', { callId: requireString(input.values, 'call') }),
      ),
    human: (value: ResponseOf<'conflicts.detect'>, language: Language) =>
      translate(language, 'office.cli.conflictsSummary', {
        total: value.total,
        added: value.added,
        removed: value.removed,
      }),
  }),
  defineCommand({
    path: ['conflicts', 'list'],
    summary: 'office.cli.conflictsList',
    usage:
      '--workspace FILE --call CODE [--type same-institution|collaborator|self|declared-by-reviewer|manual]',
    options: { workspace: { type: 'string' }, call: { type: 'string' }, type: { type: 'string' } },
    run: (input) => {
      const type =
        input.values.type === undefined ? undefined : conflictTypeSchema.safeParse(input.values.type);
      if (type && !type.success)
        throw new UsageError(`--type must be one of ${conflictTypeSchema.options.join(', ')}`);
      return inWorkspace(input, () =>
        input.invoke('conflicts.list', { callId: requireString(input.values, 'call'), type: type?.data }),
      );
    },
    human: (rows: ResponseOf<'conflicts.list'>, language: Language) =>
      rows
        .map((row) =>
          [
            row.referenceNo,
            row.reviewerName,
            translate(language, `office.conflicts.types.${row.type}`),
            row.reason,
          ].join('  '),
        )
        .join('\n'),
  }),
];
