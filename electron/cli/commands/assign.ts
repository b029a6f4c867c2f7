import type { AutoAssignResult } from '../../../shared/contract/assignments';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { inWorkspace, optionalNumber, requireString, defineCommand } from '../command';

function describeAssignment(value: AutoAssignResult, language: Language): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const head = t('assignment.cli.assignSummary', {
    call: value.callCode,
    added: value.added,
    kept: value.kept,
    removed: value.removed,
    uncovered: value.uncovered.length,
    match: value.meanMatch.toFixed(2),
    ms: value.elapsedMs,
  });
  const lines = value.uncovered.map((row) =>
    t('assignment.cli.uncoveredLine', {
      reference: row.referenceNo,
      assigned: row.assigned,
      wanted: row.wanted,
      reason: t(`assignment.reasons.${row.reason}`),
    }),
  );
  return [head, ...lines].join('\n');
}

/**
 * `peerdesk assign --workspace W --call C [--per-application K] [--fill-gaps] [--min-credit N]
 * [--year-cap N]`: the reviewer record rules are off unless given.
 */
export const assignCommand = defineCommand({
  path: ['assign'],
  summary: 'assignment.cli.assign',
  usage:
    '--workspace FILE --call CODE [--per-application K] [--fill-gaps] [--min-credit 0-100] [--year-cap N]',
  options: {
    workspace: { type: 'string' },
    call: { type: 'string' },
    'per-application': { type: 'string' },
    'fill-gaps': { type: 'boolean' },
    'min-credit': { type: 'string' },
    'year-cap': { type: 'string' },
  },
  run: (input) =>
    inWorkspace(input, () =>
      input.invoke('assignments.auto', {
        callId: requireString(input.values, 'call'),
        mode: input.values['fill-gaps'] === true ? 'fill-gaps' : 'replace-unlocked',
        perApplication: optionalNumber(input.values, 'per-application'),
        minCredit: optionalNumber(input.values, 'min-credit'),
        yearCap: optionalNumber(input.values, 'year-cap'),
      }),
    ),
  human: describeAssignment,
});
