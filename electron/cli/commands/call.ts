import type { ResponseOf } from '../../../shared/contract';
import { templateIdSchema } from '../../../shared/domain/call';
import { pick } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import {
  inWorkspace,
  optionalNumber,
  requireString,
  UsageError,
  defineCommand,
  type CliCommand,
  type CliValues,
} from '../command';

type CallRow = ResponseOf<'calls.list'>[number];

function describeCall(
  call: Omit<CallRow, 'applicationCount'> & { applicationCount?: number },
  language: Language,
) {
  return translate(language, 'office.cli.callSummary', {
    code: call.code,
    title: pick(call.title, language),
    category: translate(language, `office.calls.categories.${call.category}`),
    status: translate(language, `office.calls.statuses.${call.status}`),
    version: call.rubricVersion,
    applications: call.applicationCount ?? 0,
  });
}

const text = (values: CliValues, name: string) =>
  typeof values[name] === 'string' ? values[name] : undefined;

function templateOf(values: CliValues) {
  const parsed = templateIdSchema.safeParse(requireString(values, 'template'));
  if (!parsed.success)
    throw new UsageError(`--template must be one of ${templateIdSchema.options.join(', ')}`);
  return parsed.data;
}

export const callCommands: CliCommand[] = [
  defineCommand({
    path: ['call', 'create'],
    summary: 'office.cli.callCreate',
    usage:
      '--workspace FILE --template T --code CODE --title-zh TEXT --title-en TEXT [--category general|lump-sum|challenge] [--budget YUAN] [--review-mode open|blind] [--reviewers-per-application K] [--opens-at DATE] [--closes-at DATE] [--review-due-at DATE] [--impact-weight 1.5] [--integrity-flag-only]',
    options: {
      workspace: { type: 'string' },
      template: { type: 'string' },
      code: { type: 'string' },
      'title-zh': { type: 'string' },
      'title-en': { type: 'string' },
      category: { type: 'string' },
      budget: { type: 'string' },
      'review-mode': { type: 'string' },
      'reviewers-per-application': { type: 'string' },
      'opens-at': { type: 'string' },
      'closes-at': { type: 'string' },
      'review-due-at': { type: 'string' },
      'impact-weight': { type: 'string' },
      'integrity-flag-only': { type: 'boolean' },
    },
    run: (input) => {
      const { values } = input;
      const request = {
        template: templateOf(values),
        code: requireString(values, 'code'),
        title: { zh: text(values, 'title-zh') ?? '', en: text(values, 'title-en') ?? '' },
        category: text(values, 'category') as 'general' | undefined,
        budgetEnvelope: optionalNumber(values, 'budget') ?? null,
        reviewMode: (text(values, 'review-mode') ?? 'open') as 'open',
        reviewersPerApplication: optionalNumber(values, 'reviewers-per-application'),
        opensAt: text(values, 'opens-at') ?? null,
        closesAt: text(values, 'closes-at') ?? null,
        reviewDueAt: text(values, 'review-due-at') ?? null,
        impactWeight: optionalNumber(values, 'impact-weight') as 1.5 | undefined,
        integrityMakesIneligible: values['integrity-flag-only'] !== true,
      };
      return inWorkspace(input, () => input.invoke('calls.create', request));
    },
    human: describeCall,
  }),
  defineCommand({
    path: ['call', 'list'],
    summary: 'office.cli.callList',
    usage: '--workspace FILE [--all]',
    options: { workspace: { type: 'string' }, all: { type: 'boolean' } },
    run: (input) =>
      inWorkspace(input, () => input.invoke('calls.list', { includeArchived: input.values.all === true })),
    human: (calls: CallRow[], language: Language) =>
      calls.map((call) => describeCall(call, language)).join('\n'),
  }),
  defineCommand({
    path: ['call', 'templates'],
    summary: 'office.cli.callTemplates',
    usage: '',
    options: {},
    run: (input) => input.invoke('calls.templates', {}),
    human: (templates: ResponseOf<'calls.templates'>, language: Language) =>
      templates
        .map(
          (template) =>
            `${template.id.padEnd(18)} ${pick(template.name, language)}\n${' '.repeat(19)}${pick(template.description, language)}`,
        )
        .join('\n'),
  }),
];
