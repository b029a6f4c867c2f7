import type { ResponseOf } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import { ok } from '../../../shared/result';
import { inWorkspace, requireString, defineCommand } from '../command';

type Draw = ResponseOf<'results.lottery.draw'>;

/**
 * Draws the lottery of the latest ranking: its single pool, or the challenge named by --pool.
 * The seed is the officer's (--seed) or generated; either way it is recorded and printed.
 */
export const lotteryCommand = defineCommand({
  path: ['lottery'],
  summary: 'results.cli.lottery',
  usage: '--workspace FILE --call CALL [--seed S] [--pool CHALLENGE]',
  options: {
    workspace: { type: 'string' },
    call: { type: 'string' },
    seed: { type: 'string' },
    pool: { type: 'string' },
  },
  run: (input) =>
    inWorkspace(input, async () => {
      const callId = requireString(input.values, 'call');
      const view = await input.invoke('results.view', { callId });
      if (!view.ok) return view;
      const runId = view.value.run?.id;
      if (runId === undefined) {
        return {
          ok: false,
          code: 'results.errors.noRun',
          message: translate(input.language, 'results.errors.noRun'),
        };
      }
      const pool = typeof input.values.pool === 'string' ? input.values.pool : null;
      const seed = typeof input.values.seed === 'string' ? input.values.seed : undefined;
      if (pool === null && view.value.lottery.length === 0) return ok({ draws: [] as Draw[] });
      const drawn = await input.invoke('results.lottery.draw', {
        callId,
        runId,
        pool,
        ...(seed === undefined ? {} : { seed }),
      });
      return drawn.ok ? ok({ draws: [drawn.value] }) : drawn;
    }),
  human: (value: { draws: Draw[] }, language: Language) =>
    value.draws.length === 0
      ? translate(language, 'results.cli.lotteryNothing')
      : value.draws
          .map((draw) =>
            [
              translate(language, 'results.cli.lotteryDrawn', {
                seed: draw.record.seed,
                selected: draw.record.selected.length,
                candidates: draw.record.candidates.length,
              }),
              ...draw.record.selected.map((id, index) => `  ${index + 1}. ${id}`),
            ].join('\n'),
          )
          .join('\n\n'),
});
