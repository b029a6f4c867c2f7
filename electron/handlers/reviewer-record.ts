import { appendAudit } from '../../db/repositories/audit-log';
import {
  findRating,
  insertAnnotation,
  replaceCreditWeights,
  reviewerExists,
  reviewStatus,
  upsertRating,
} from '../../db/repositories/reviewer-record';
import { creditComponents } from '../../shared/contract/reviewer-record';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../core/registry';
import { creditWeights, reviewerRecords } from '../quality/reviewer-record';
import { reviewerLetterPdf } from '../quality/reviewer-letter';
import { reviewerRecordXlsx } from '../quality/reviewer-record-xlsx';

export const reviewerRecordHandlers: HandlerMap = {
  'reviewerRecord.list': (_request, { session, services }) =>
    reviewerRecords(session.require('office').db, services.now()),

  'reviewerRecord.export': async (_request, { session, services, language }) => {
    const { db } = session.require('office');
    const now = services.now();
    const bytes = await reviewerRecordXlsx(reviewerRecords(db, now), language, now);
    const fileName = `reviewer-record-${now.toISOString().slice(0, 10)}.xlsx`;
    appendAudit(db, {
      at: now.toISOString(),
      actor: 'local',
      action: 'reviewerRecord.export',
      details: { fileName },
    });
    return {
      fileName,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    };
  },

  'reviewerRecord.letter': async (request, { session, services, language }) => {
    const { db } = session.require('office');
    const now = services.now();
    const record = reviewerRecords(db, now);
    const reviewer = record.reviewers.find((r) => r.reviewerId === request.reviewerId);
    if (!reviewer) throw new AppError('quality.errors.unknownReviewer');
    const letterLanguage = request.language ?? language;
    const bytes = await reviewerLetterPdf(reviewer, record.weights, letterLanguage, now);
    const fileName = `reviewer-letter-${reviewer.reviewerId}-${letterLanguage}-${now.toISOString().slice(0, 10)}.pdf`;
    appendAudit(db, {
      at: now.toISOString(),
      actor: 'local',
      action: 'reviewerRecord.letter',
      subject: reviewer.reviewerId,
      details: { fileName, language: letterLanguage },
    });
    return { fileName, mediaType: 'application/pdf', bytes };
  },

  'reviewerRecord.rating': (key, { session }) => {
    const row = findRating(session.require('office').db, key);
    return row && { rating: row.rating, note: row.note, ratedAt: row.ratedAt };
  },

  'reviewerRecord.rate': ({ rating, note, ...key }, { session, services }) => {
    const { db } = session.require('office');
    // Only a submitted review can be rated: drafts and recusals say nothing about usefulness.
    if (reviewStatus(db, key) !== 'submitted') throw new AppError('quality.errors.notSubmitted');
    const ratedAt = services.now().toISOString();
    db.transaction(() => {
      const before = findRating(db, key);
      upsertRating(db, { ...key, rating, note, ratedAt });
      appendAudit(db, {
        at: ratedAt,
        actor: 'local',
        action: 'reviewerRecord.rate',
        subject: key.reviewerId,
        details: {
          ...key,
          before: before && { rating: before.rating, note: before.note },
          after: { rating, note },
        },
      });
    })();
    return { rating, note, ratedAt };
  },

  'reviewerRecord.setWeights': (weights, { session, services }) => {
    const { db } = session.require('office');
    if (creditComponents.every((component) => weights[component] === 0)) {
      throw new AppError('quality.errors.weightsAllZero');
    }
    const at = services.now().toISOString();
    db.transaction(() => {
      const before = creditWeights(db);
      replaceCreditWeights(db, weights, at);
      appendAudit(db, {
        at,
        actor: 'local',
        action: 'reviewerRecord.setWeights',
        details: { before, after: weights },
      });
    })();
    return weights;
  },

  'reviewerRecord.annotate': ({ reviewerId, note }, { session, services }) => {
    const { db } = session.require('office');
    if (!reviewerExists(db, reviewerId)) throw new AppError('quality.errors.unknownReviewer');
    const createdAt = services.now().toISOString();
    const id = db.transaction(() => {
      const inserted = insertAnnotation(db, { reviewerId, note, createdAt });
      appendAudit(db, {
        at: createdAt,
        actor: 'local',
        action: 'reviewerRecord.annotate',
        subject: reviewerId,
        details: { id: inserted, note },
      });
      return inserted;
    })();
    return { id, createdAt };
  },
};
