import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PanelTally } from '../../../shared/contract/panel';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { ok } from '../../../shared/result';
import { defineCommand, inWorkspace, requireString, UsageError, type CliCommand } from '../command';
import { save } from './export';

/** The documented shape of `peerdesk panel tally --json` (other tools read it): applications by reference. */
/** Means to 4 decimals: a mean of scores on a rubric scale needs no more, and 3.8125 reads better than 3.8124999999999996. */
const fourDecimals = (value: number) => Math.round(value * 1e4) / 1e4;

function printable(tally: PanelTally) {
  return {
    rule: tally.rule,
    applications: tally.applications.map(({ applicationId: _id, ...row }) => ({
      ...row,
      finalMean: row.finalMean === null ? null : fourDecimals(row.finalMean),
    })),
  };
}
type PrintedTally = ReturnType<typeof printable>;

/** `peerdesk panel tally --workspace W --call C [--json]`: exit 1 when the call has no panel. */
export const panelTallyCommand = defineCommand({
  path: ['panel', 'tally'],
  summary: 'panel.cli.tally',
  usage: '--workspace FILE --call CALL',
  options: { workspace: { type: 'string' }, call: { type: 'string' } },
  run: (input) =>
    inWorkspace(input, async () => {
      const tally = await input.invoke('panel.tally', { callId: requireString(input.values, 'call') });
      return tally.ok ? ok(printable(tally.value)) : tally;
    }),
  human: (value: PrintedTally, language: Language) => {
    const t = (key: string, params: Record<string, string | number> = {}) =>
      translate(language, `panel.cli.${key}`, params);
    return [
      t('tallyHeader', { quorum: value.rule.quorum, majority: value.rule.majority }),
      ...value.applications.map((row) =>
        t('tallyRow', {
          application: row.application,
          eligible: row.eligible,
          present: row.present,
          for: row.for,
          against: row.against,
          abstain: row.abstain,
          result: t(row.recommended ? 'recommended' : 'notRecommended'),
        }),
      ),
    ].join('\n');
  },
});

/** `peerdesk panel minutes --workspace W --call C --out FILE.pdf` */
export const panelMinutesCommand = defineCommand({
  path: ['panel', 'minutes'],
  summary: 'panel.cli.minutes',
  usage: '--workspace FILE --call CALL --out FILE.pdf',
  options: { workspace: { type: 'string' }, call: { type: 'string' }, out: { type: 'string' } },
  run: (input) =>
    inWorkspace(input, async () => {
      const out = requireString(input.values, 'out');
      const minutes = await input.invoke('panel.minutes', { callId: requireString(input.values, 'call') });
      if (!minutes.ok) return minutes;
      const saved = save(input, out, minutes.value.bytes, null);
      return saved.ok ? ok({ count: 1, path: saved.value.file }) : saved;
    }),
  human: (value: { count: number; path: string }, language: Language) =>
    translate(language, 'panel.cli.written', value),
});

/**
 * `peerdesk feedback export --workspace W --call C --out DIR [--lang zh-CN|en]`: DIR/<reference>.pdf
 * per application with a submitted review and DIR/feedback.csv. Without --lang each letter is in
 * its applicant's language. Letters of an earlier export in DIR are replaced.
 */
export const feedbackExportCommand = defineCommand({
  path: ['feedback', 'export'],
  summary: 'panel.cli.feedback',
  usage: '--workspace FILE --call CALL --out DIR',
  options: { workspace: { type: 'string' }, call: { type: 'string' }, out: { type: 'string' } },
  run: (input) =>
    inWorkspace(input, async () => {
      const out = path.resolve(requireString(input.values, 'out'));
      const lang = input.values.lang;
      if (lang !== undefined && lang !== 'zh-CN' && lang !== 'en')
        throw new UsageError('--lang must be zh-CN or en');
      const letters = await input.invoke('panel.feedback', {
        callId: requireString(input.values, 'call'),
        language: lang ?? null,
      });
      if (!letters.ok) return letters;
      mkdirSync(out, { recursive: true });
      for (const file of letters.value.files) writeFileSync(path.join(out, file.fileName), file.bytes);
      return ok({ count: letters.value.files.length, path: out });
    }),
  human: (value: { count: number; path: string }, language: Language) =>
    translate(language, 'panel.cli.written', value),
});

export const panelCommands: CliCommand[] = [panelTallyCommand, panelMinutesCommand, feedbackExportCommand];
