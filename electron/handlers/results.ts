import { listCallsWithCounts } from '../../db/repositories/results-inputs';
import { findDraw } from '../../db/repositories/results';
import { recordedDrawSchema } from '../../shared/domain/ranking-run';
import { summarizeRanking } from '../../shared/domain/ranking-run';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../core/registry';
import { overrideAward } from '../results/award-override';
import { recordDecisions } from '../results/decisions';
import { exportResults } from '../results/exports';
import { drawInfo, drawPool, verifyDraw } from '../results/lottery';
import { rankScoreTable } from '../results/rank-scores';
import { checkResultsBundle, writeResultsBundle } from '../results/results-bundle';
import { reviewDetails } from '../results/review-details';
import { rankCall } from '../results/run-ranking';
import { buildView } from '../results/view';
import { callHeading } from '../core/call-heading';

export const resultsHandlers: HandlerMap = {
  'results.calls': (_request, { session }) =>
    listCallsWithCounts(session.require('office').db).map((call) => ({
      ...callHeading(call),
      category: call.category,
      status: call.status,
      envelope: call.budgetEnvelope,
      applications: call.applications,
      submittedReviews: call.submittedReviews,
    })),
  'results.rank': async ({ callId, ...options }, ctx) => {
    const { db } = ctx.session.require('office');
    const { runId, table, parameters } = await rankCall(db, callId, options, ctx);
    return {
      runId,
      summary: summarizeRanking(table),
      seed: parameters.seed,
      notices: table.notices,
      warnings: table.warnings,
    };
  },
  'results.rankScores': (request, ctx) => rankScoreTable(request, ctx),
  'results.view': ({ callId }, { session }) => buildView(session.require('office').db, callId),
  'results.reviews': ({ callId, applicationId }, { session }) =>
    reviewDetails(session.require('office').db, callId, applicationId),
  'results.award.override': (request, { session, services }) =>
    overrideAward(session.require('office').db, request, services.now().toISOString()),
  'results.lottery.draw': (request, ctx) => drawPool(ctx.session.require('office').db, request, ctx),
  'results.lottery.verify': (request, { session }) => {
    if ('record' in request) return verifyDraw(request);
    const row = findDraw(session.require('office').db, request.drawId);
    if (!row) throw new AppError('results.errors.drawNotFound', { draw: request.drawId });
    return verifyDraw(recordedDrawSchema.parse(drawInfo(row)));
  },
  'results.decide': ({ callId, decisions }, { session, services }) =>
    recordDecisions(session.require('office').db, callId, decisions, services.now().toISOString()),
  'results.export': (request, { session, services, language }) =>
    exportResults(session.require('office').db, request, language, services.now()),
  'results.bundle': ({ callId, encrypt }, { session, services, language }) => {
    const { db, info } = session.require('office');
    return writeResultsBundle(db, info, callId, { encrypt, language, services });
  },
  'results.bundle.verify': ({ bytes, passphrase }) => checkResultsBundle(bytes, passphrase),
};
