import path from 'node:path';
import type { DemoResult } from '../../../shared/contract/demo';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { DEMO_OFFICE_PASSPHRASE } from '../../keys/demo-passphrase';
import { optionalNumber, requireString, defineCommand } from '../command';

function describeDemo(value: DemoResult, language: Language): string {
  const passphrase = translate(language, 'keys.cli.demoPassphrase', { passphrase: DEMO_OFFICE_PASSPHRASE });
  const panel = value.panel
    ? `\n${translate(language, 'ballot.cli.demoPanel', {
        calls: value.calls.length,
        packages: value.panel.packages,
        packagesDir: value.panel.packagesDir,
        ballots: value.panel.ballots,
        ballotsDir: value.panel.ballotsDir,
      })}`
    : '';
  return `${summary(value, language)}${panel}\n${passphrase}`;
}

function summary(value: DemoResult, language: Language): string {
  return translate(language, 'assignment.cli.demoSummary', {
    workspace: value.workspace.path,
    applications: value.calls.reduce((sum, call) => sum + call.applications, 0),
    reviewers: value.reviewers,
    assigned: value.calls.reduce((sum, call) => sum + call.assigned, 0),
    packages: value.calls.reduce((sum, call) => sum + call.packages, 0),
    seconds: ((value.timings.total ?? 0) / 1000).toFixed(1),
    list: value.passphraseListPath,
  });
}

/**
 * `peerdesk demo --out DIR [--applications N] [--reviewers M] [--per-application K] [--seed S]
 * [--simulate [--panel]]`
 */
export const demoCommand = defineCommand({
  path: ['demo'],
  summary: 'assignment.cli.demo',
  usage:
    '--out DIR [--applications N] [--reviewers M] [--per-application K] [--seed S] [--simulate [--panel]]',
  options: {
    out: { type: 'string' },
    applications: { type: 'string' },
    reviewers: { type: 'string' },
    'per-application': { type: 'string' },
    seed: { type: 'string' },
    simulate: { type: 'boolean' },
    panel: { type: 'boolean' },
  },
  run: (input) =>
    input.invoke('demo.run', {
      outDir: path.resolve(requireString(input.values, 'out')),
      applications: optionalNumber(input.values, 'applications'),
      reviewers: optionalNumber(input.values, 'reviewers'),
      perApplication: optionalNumber(input.values, 'per-application'),
      seed: typeof input.values.seed === 'string' ? input.values.seed : undefined,
      simulate: input.values.simulate === true || input.values.panel === true,
      panel: input.values.panel === true,
    }),
  human: describeDemo,
});
