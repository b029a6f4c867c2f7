import { randomUuid } from '../core/ids';
import type { Db } from '../../db/connection';
import { applicantFacts, setIntegrityStatus } from '../../db/repositories/applications';
import { findCall } from '../../db/repositories/calls';
import { replaceAutoConflicts } from '../../db/repositories/conflicts';
import { integrityEntryFacts, replaceCallFlags } from '../../db/repositories/integrity';
import { reviewerFacts } from '../../db/repositories/reviewers';
import type { Call } from '../../shared/domain/call';
import { detectConflicts } from '../../shared/domain/conflict-detection';
import { matchIntegrity } from '../../shared/domain/integrity-matching';
import { AppError } from '../../shared/errors';
import type { HandlerContext, Services } from '../core/context';

/** Shared by the office handlers (calls, applications, reviewers, integrity, conflicts). */
export function officeDb(ctx: HandlerContext): Db {
  return ctx.session.require('office').db;
}

/** For imports (many rows at once): also refuses a workspace whose integrity check fails. */
export function intactOfficeDb(ctx: HandlerContext): Db {
  return ctx.session.requireIntact('office').db;
}

export function requireCall(db: Db, ref: string): Call {
  const call = findCall(db, ref);
  if (!call) throw new AppError('office.calls.errors.notFound', { call: ref });
  return call;
}

/** A call that may still be changed: archived calls are read-only. */
export function requireOpenCall(db: Db, ref: string): Call {
  const call = requireCall(db, ref);
  if (call.status === 'archived') throw new AppError('office.calls.errors.archived', { call: call.code });
  return call;
}

/** A random (version 4) UUID from the injected random source. */
export function newId(services: Services): string {
  return randomUuid(services.randomBytes);
}

/**
 * The day integrity sanctions are checked against: the call's closing date (an applicant barred on
 * the deadline may not apply), or today when the call has none.
 */
export function integrityDay(call: Call, now: Date): string {
  return (call.closesAt ?? now.toISOString()).slice(0, 10);
}

/**
 * Re-matches a call's applications against the integrity list and applies the call's setting:
 * flagged applications become `ineligible` when the call says so, and an application made
 * ineligible by the list becomes `active` again when it no longer matches. Run inside the caller's
 * transaction. Returns how many applications are flagged and how many are ineligible by the list.
 */
export function rematchIntegrity(db: Db, call: Call, now: Date): { flagged: number; ineligible: number } {
  const applications = applicantFacts(db, call.id);
  const matches = matchIntegrity(applications, integrityEntryFacts(db), integrityDay(call, now));
  replaceCallFlags(db, call.id, matches);
  const flagged = new Set(matches.map((match) => match.applicationId));
  let ineligible = 0;
  for (const application of applications) {
    const shouldBlock = flagged.has(application.id) && call.integrityMakesIneligible;
    if (shouldBlock && application.status === 'active')
      setIntegrityStatus(db, application.id, 'ineligible', true);
    else if (!shouldBlock && application.ineligibleByIntegrity)
      setIntegrityStatus(db, application.id, 'active', false);
    if (shouldBlock && (application.status === 'active' || application.ineligibleByIntegrity))
      ineligible += 1;
  }
  return { flagged: flagged.size, ineligible };
}

/** Recomputes a call's detected conflicts (inside the caller's transaction). */
export function redetectConflicts(db: Db, callId: string, now: Date) {
  const detected = detectConflicts(applicantFacts(db, callId), reviewerFacts(db));
  return { detected, ...replaceAutoConflicts(db, callId, detected, now.toISOString()) };
}
