import type { BundleReport, MergeRunResult } from '../../../shared/contract/merge';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import type { Err, Result } from '../../../shared/result';
import { inWorkspace, UsageError, defineCommand } from '../command';

/**
 * `peerdesk merge --workspace W FILE...`: merges review bundles (files, folders, glob patterns).
 * Exit 0 when every bundle was applied or was already imported; 1 when any was refused (the others
 * are still applied); 2 on usage errors. The door reports success from `result.ok`, so a run with
 * refusals comes back as a refusal that still carries the whole report: with --json the printed
 * object has `ok: false`, `code`, `message` and the same `reports`, `cancelled`, `notProcessed`
 * fields as a clean run; without it, the message is the per-file report.
 */
function line(report: BundleReport, language: Language): string {
  const detail =
    report.status === 'refused' || report.status === 'noop'
      ? (report.reason?.message ?? '')
      : `${report.reviewer?.name ?? ''}: ${translate(language, 'merge.cli.counts', {
          new: report.new,
          updated: report.updated,
          unchanged: report.unchanged,
          conflicting: report.conflicting,
          recusals: report.recusals,
        })}`;
  return translate(language, 'merge.cli.line', {
    status: translate(language, `merge.status.${report.status}`),
    file: report.file,
    detail,
  });
}

export function describeMergeRun(run: MergeRunResult, language: Language): string {
  const tally = (status: BundleReport['status']) =>
    run.reports.filter((report) => report.status === status).length;
  const lines = run.reports.map((report) => line(report, language));
  lines.push(
    translate(language, 'merge.cli.total', {
      applied: tally('applied'),
      noop: tally('noop'),
      refused: tally('refused'),
      total: run.reports.length + run.notProcessed.length,
    }),
  );
  if (run.cancelled)
    lines.push(translate(language, 'merge.cli.cancelled', { count: run.notProcessed.length }));
  return lines.join('\n');
}

function withRefusals(run: MergeRunResult, language: Language): Result<MergeRunResult> {
  const refused = run.reports.filter((report) => report.status === 'refused').length;
  if (refused === 0) return { ok: true, value: run };
  const params = { refused, total: run.reports.length + run.notProcessed.length };
  const failure: Err & MergeRunResult = {
    ok: false,
    code: 'merge.cli.someRefused',
    message: `${describeMergeRun(run, language)}\n${translate(language, 'merge.cli.someRefused', params)}`,
    params,
    ...run,
  };
  return failure;
}

export const mergeCommand = defineCommand({
  path: ['merge'],
  summary: 'merge.cli.summary',
  usage: '--workspace FILE BUNDLE... (files, folders or glob patterns)',
  options: { workspace: { type: 'string' } },
  allowPositionals: true,
  run: (input) => {
    if (input.positionals.length === 0) throw new UsageError('at least one review bundle is required');
    return inWorkspace(input, async () => {
      const result = await input.invoke('merge.importFiles', { paths: input.positionals });
      return result.ok ? withRefusals(result.value, input.language) : result;
    });
  },
  human: describeMergeRun,
});
