import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import type { Err, Result } from '../../../shared/result';
import {
  inWorkspace,
  requireString,
  UsageError,
  defineCommand,
  type CliCommand,
  type CliInput,
} from '../command';
import { envPassphrase, REVIEWER_PASSPHRASE_ENV } from '../passphrase';

type ReviewState = ResponseOf<'reviewer.submit'>;
type DraftSaved = ResponseOf<'reviewer.saveDraft'>;

/** Reads a small text file the user named on the command line; a refusal (exit 1) if it cannot. */
function readText(file: string, language: Language): string | Err {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const params = { detail: error instanceof Error ? error.message : String(error) };
    return {
      ok: false,
      code: 'reviewer.open.readFailed',
      message: translate(language, 'reviewer.open.readFailed', params),
      params,
    };
  }
}

/**
 * The app saves every valid field and keeps the stored value of the others; on the command line a
 * field that was not saved is still a refusal (exit 1) that names each field and why.
 */
function refuseRejectedFields(value: DraftSaved, language: Language): Result<ReviewState> {
  const rejected = value.rejected;
  if (rejected.length === 0) return { ok: true, value };
  const params = {
    fields: rejected
      .map((issue) => `${issue.field}: ${translate(language, issue.code, issue.params ?? {})}`)
      .join('; '),
  };
  return {
    ok: false,
    code: 'reviewer.cli.fieldsNotSaved',
    message: translate(language, 'reviewer.cli.fieldsNotSaved', params),
    params,
  };
}

/** `--scores` is JSON text, or `@file` naming a JSON file; an object is required. */
function scoresArgument(input: CliInput): { value: Record<string, unknown> } | { error: Err } {
  const raw = requireString(input.values, 'scores');
  const text = raw.startsWith('@') ? readText(raw.slice(1), input.language) : raw;
  if (typeof text !== 'string') return { error: text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(translate(input.language, 'reviewer.cli.scoresNotJson', { detail: String(error) }));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(translate(input.language, 'reviewer.cli.scoresNotJson', { detail: typeof parsed }));
  }
  return { value: parsed as Record<string, unknown> };
}

const describeReview = (state: ReviewState, language: Language): string =>
  translate(language, 'reviewer.cli.saved', {
    status: translate(language, `reviewer.states.${state.exported ? 'exported' : state.content.status}`),
    revision: state.revision,
    digest: state.digest.slice(0, 12),
  });

const applicationOptions = { workspace: { type: 'string' }, application: { type: 'string' } } as const;

export const reviewerCommands: CliCommand[] = [
  defineCommand({
    path: ['reviewer', 'open'],
    summary: 'reviewer.cli.open',
    usage: '--workspace FILE --package FILE --passphrase-file FILE',
    options: {
      workspace: { type: 'string' },
      package: { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
    run: async (input) => {
      const workspacePath = requireString(input.values, 'workspace');
      const packagePath = requireString(input.values, 'package');
      const passphrase = readText(requireString(input.values, 'passphrase-file'), input.language);
      if (typeof passphrase !== 'string') return passphrase;
      // The reviewer's own passphrase for a new identity key (never argv: see docs/security.md).
      const keyPassphrase = envPassphrase(process.env, REVIEWER_PASSPHRASE_ENV);
      const opened = await input.invoke('reviewer.openPackage', {
        source: { path: packagePath },
        passphrase: passphrase.trim(),
        fileName: path.basename(packagePath),
        workspacePath,
        ...(keyPassphrase === undefined ? {} : { keyPassphrase }),
      });
      if (opened.ok || opened.code !== 'keys.errors.reviewerPassphraseRequired') return opened;
      return {
        ...opened,
        message: `${opened.message}\n${translate(input.language, 'keys.cli.howToChooseReviewer')}`,
      };
    },
    human: (value: ResponseOf<'reviewer.openPackage'>, language: Language) =>
      translate(language, 'reviewer.cli.opened', {
        outcome: translate(language, `reviewer.cli.outcomes.${value.outcome}`),
        call: value.callCode,
        version: value.packageVersion,
        path: value.workspace.path,
        added: value.added,
        archived: value.archived,
        kept: value.kept,
      }),
  }),
  defineCommand({
    path: ['reviewer', 'inbox'],
    summary: 'reviewer.cli.inbox',
    usage: '--workspace FILE',
    options: { workspace: { type: 'string' } },
    run: (input) => inWorkspace(input, () => input.invoke('reviewer.inbox', {})),
    human: (value: ResponseOf<'reviewer.inbox'>, language: Language) =>
      value.items
        .map((item) =>
          [
            item.referenceNo.padEnd(18),
            translate(language, `reviewer.states.${item.state}`).padEnd(12),
            item.overall === null ? '   –' : item.overall.toFixed(2).padStart(6),
            item.archived ? `${item.title} [${translate(language, 'reviewer.inbox.archived')}]` : item.title,
          ].join('  '),
        )
        .join('\n'),
  }),
  defineCommand({
    path: ['reviewer', 'score'],
    summary: 'reviewer.cli.score',
    usage: '--workspace FILE --application ID|REF --scores JSON|@FILE',
    options: { ...applicationOptions, scores: { type: 'string' } },
    run: (input) => {
      const applicationId = requireString(input.values, 'application');
      const scores = scoresArgument(input);
      if ('error' in scores) return Promise.resolve(scores.error);
      // The JSON is raw input: the dispatcher checks it against the contract, as for IPC and the shell.
      const { recusal, ...draft } = scores.value;
      const extras = { language: input.language };
      return inWorkspace(input, async () => {
        if (recusal !== undefined)
          return input.dispatcher.invokeRawRequest('reviewer.recuse', { applicationId, recusal }, extras);
        const saved = await input.dispatcher.invokeRawRequest(
          'reviewer.saveDraft',
          { applicationId, draft },
          extras,
        );
        return saved.ok ? refuseRejectedFields(saved.value, input.language) : saved;
      });
    },
    human: describeReview,
  }),
  defineCommand({
    path: ['reviewer', 'submit'],
    summary: 'reviewer.cli.submit',
    usage: '--workspace FILE --application ID|REF',
    options: applicationOptions,
    run: (input) =>
      inWorkspace(input, () =>
        input.invoke('reviewer.submit', { applicationId: requireString(input.values, 'application') }),
      ),
    human: describeReview,
  }),
  defineCommand({
    path: ['reviewer', 'reopen'],
    summary: 'reviewer.cli.reopen',
    usage: '--workspace FILE --application ID|REF',
    options: applicationOptions,
    run: (input) =>
      inWorkspace(input, () =>
        input.invoke('reviewer.reopen', { applicationId: requireString(input.values, 'application') }),
      ),
    human: describeReview,
  }),
  defineCommand({
    path: ['reviewer', 'export'],
    summary: 'reviewer.cli.export',
    usage: '--workspace FILE --out FILE|DIR [--call ID|CODE]',
    options: { workspace: { type: 'string' }, out: { type: 'string' }, call: { type: 'string' } },
    run: (input) => {
      const out = requireString(input.values, 'out');
      const call = typeof input.values.call === 'string' ? { callId: input.values.call } : {};
      return inWorkspace(input, () => input.invoke('reviewer.export', { path: out, ...call }));
    },
    human: (value: ResponseOf<'reviewer.export'>, language: Language) =>
      translate(language, 'reviewer.cli.exported', {
        path: value.path ?? value.fileName,
        submitted: value.submitted,
        recused: value.recused,
        open: value.open,
      }),
  }),
];
