import { findAssignmentCall } from '../../db/repositories/assignments';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../core/registry';
import { officePublicKeys } from '../packages/office-keys';
import { issuePackages } from '../packages/issue-packages';
import { passphraseListFor } from '../packages/passphrase-file';
import { callRubric, packageTargets } from '../packages/targets';
import { callHeading } from '../core/call-heading';

export const packagesHandlers: HandlerMap = {
  'packages.status': (request, { session }) => {
    const { db, info } = session.require('office');
    const call = findAssignmentCall(db, request.callId);
    if (!call) throw new AppError('assignment.errors.callNotFound', { call: request.callId });
    // Before the first issue there are no keys, and every reviewer's state is `new` whatever they are.
    const keys = officePublicKeys(db);
    const targets = packageTargets(db, {
      call,
      rubric: callRubric(db, call),
      office: {
        name: info.name,
        signingPublicKey: keys?.signing ?? '',
        encryptionPublicKey: keys?.encryption ?? '',
      },
      dueAt: call.reviewDueAt,
    });
    return {
      call: {
        ...callHeading(call),
        status: call.status,
        reviewMode: call.reviewMode,
        rubricVersion: call.rubricVersion,
        reviewDueAt: call.reviewDueAt,
      },
      reviewers: targets.map((target) => ({
        reviewerId: target.reviewer.id,
        name: target.reviewer.name,
        email: target.reviewer.email,
        institution: target.reviewer.institution,
        applications: target.applications.length,
        state: target.state,
        issued: target.latest && {
          version: target.latest.version,
          fileName: target.latest.fileName,
          issuedAt: target.latest.issuedAt,
          applications: target.latest.applicationCount,
        },
      })),
    };
  },

  'packages.export': async (request, ctx) => {
    const started = performance.now();
    const result = await issuePackages(request, ctx);
    const passphraseListPath = request.passphraseList ? passphraseListFor(result, ctx) : null;
    return { ...result, passphraseListPath, elapsedMs: Math.round(performance.now() - started) };
  },
};
