import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { ok } from '../../../shared/result';
import { defineCommand, inWorkspace, requireString, UsageError, type CliCommand } from '../command';
import { save } from './export';

type Issued = ResponseOf<'panel.packages.issue'>;

/**
 * `peerdesk panel packages --workspace W --call C --out DIR`: one panel package per member into DIR,
 * the passphrase list into DIR-passphrases/ (they travel by different routes); `--json` prints
 * the passphrases too.
 */
export const panelPackagesCommand = defineCommand({
  path: ['panel', 'packages'],
  summary: 'ballot.cli.packages',
  usage: '--workspace FILE --call CALL --out DIR',
  options: { workspace: { type: 'string' }, call: { type: 'string' }, out: { type: 'string' } },
  run: (input) =>
    inWorkspace(input, () =>
      input.invoke('panel.packages.issue', {
        callId: requireString(input.values, 'call'),
        outDir: path.resolve(requireString(input.values, 'out')),
        passphraseList: true,
      }),
    ),
  human: (value: Issued, language: Language) =>
    translate(language, 'ballot.cli.packagesDone', {
      count: value.packages.length,
      path: value.outDir,
      list: value.passphraseListPath ?? '-',
    }),
});

/** `peerdesk panel schedule --workspace W --call C --format xlsx|pdf --out FILE` */
export const panelScheduleCommand = defineCommand({
  path: ['panel', 'schedule'],
  summary: 'ballot.cli.schedule',
  usage: '--workspace FILE --call CALL --format xlsx|pdf --out FILE',
  options: {
    workspace: { type: 'string' },
    call: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  run: (input) =>
    inWorkspace(input, async () => {
      const format = input.values.format;
      if (format !== 'xlsx' && format !== 'pdf') {
        throw new UsageError(translate(input.language, 'ballot.cli.badFormat'));
      }
      const out = requireString(input.values, 'out');
      const file = await input.invoke('panel.schedule.export', {
        callId: requireString(input.values, 'call'),
        format,
      });
      if (!file.ok) return file;
      const saved = save(input, out, file.value.bytes, null);
      return saved.ok ? ok({ count: 1, path: saved.value.file }) : saved;
    }),
  human: (value: { count: number; path: string }, language: Language) =>
    translate(language, 'panel.cli.written', value),
});

export const panelBundleCommands: CliCommand[] = [panelPackagesCommand, panelScheduleCommand];
