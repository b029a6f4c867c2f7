import { appendAudit } from '../../db/repositories/audit-log';
import {
  callIdByCode,
  challengesInUse,
  findCall,
  getRubricVersion,
  insertCall,
  insertRubricVersion,
  listCalls,
  listRubricVersions,
  replaceChallenges,
  replaceRubricVersion,
  setCallStatus,
  setRubricVersion,
  updateCallSettings,
} from '../../db/repositories/calls';
import type { Db } from '../../db/connection';
import { canonicalize } from '../../shared/canonical/jcs';
import {
  callSettingsSchema,
  packagesIssued,
  type Call,
  type CallCategory,
  type CallSettings,
  type Challenge,
  type ChallengeInput,
} from '../../shared/domain/call';
import { rubricProblems } from '../../shared/domain/rubric-consistency';
import { AppError } from '../../shared/errors';
import { findTemplate, rubricTemplates } from '../../shared/rubric-templates';
import type { Services } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { newId, officeDb, rematchIntegrity, requireCall, requireOpenCall } from './office-support';

const settingsOf = (call: Call): CallSettings => callSettingsSchema.parse(call);

/**
 * The challenge list a call will have: ids kept for existing challenges, new ones given ids; codes
 * unique; challenges only in challenge calls; a challenge applications point to cannot be removed.
 */
function resolveChallenges(
  db: Db,
  services: Services,
  call: { id: string; existing: Challenge[] } | null,
  category: CallCategory,
  inputs: readonly ChallengeInput[],
): Challenge[] {
  if (category !== 'challenge' && inputs.length > 0)
    throw new AppError('office.calls.errors.challengesNeedChallengeCall');
  const codes = new Set<string>();
  const known = new Set(call?.existing.map((challenge) => challenge.id));
  const resolved = inputs.map((input) => {
    if (codes.has(input.code))
      throw new AppError('office.calls.errors.duplicateChallenge', { code: input.code });
    codes.add(input.code);
    if (input.id !== undefined && !known.has(input.id))
      throw new AppError('office.calls.errors.unknownChallenge', { id: input.id });
    return { ...input, id: input.id ?? newId(services) };
  });
  if (call) {
    const kept = new Set(resolved.map((challenge) => challenge.id));
    const used = challengesInUse(db, call.id);
    for (const challenge of call.existing)
      if (!kept.has(challenge.id) && used.has(challenge.id))
        throw new AppError('office.calls.errors.challengeInUse', { code: challenge.code });
  }
  return resolved;
}

function audit(
  db: Db,
  services: Services,
  action: string,
  subject: string,
  details: Record<string, unknown> = {},
) {
  appendAudit(db, { at: services.now().toISOString(), actor: 'officer', action, subject, details });
}

export const callsHandlers: HandlerMap = {
  'calls.templates': () =>
    rubricTemplates.map((template) => ({
      id: template.id,
      name: template.name,
      description: template.description,
      category: template.category,
      reviewersPerApplication: template.reviewersPerApplication,
      rubric: template.rubric(),
    })),

  'calls.list': (request, ctx) => listCalls(officeDb(ctx), request.includeArchived),

  'calls.get': (request, ctx) => {
    const db = officeDb(ctx);
    const call = requireCall(db, request.callId);
    const current = getRubricVersion(db, call.id, call.rubricVersion);
    if (!current) throw new AppError('office.rubric.errors.versionNotFound', { version: call.rubricVersion });
    return {
      call,
      rubric: current.rubric,
      rubricVersions: listRubricVersions(db, call.id),
      packagesIssued: packagesIssued(call.status),
    };
  },

  'calls.create': (request, { services, session }) => {
    const db = session.require('office').db;
    const template = findTemplate(request.template);
    if (callIdByCode(db, request.code))
      throw new AppError('office.calls.errors.codeTaken', { code: request.code });
    const settings = callSettingsSchema.parse({
      ...request,
      category: request.category ?? template.category,
      reviewersPerApplication: request.reviewersPerApplication ?? template.reviewersPerApplication,
    });
    const challenges = resolveChallenges(db, services, null, settings.category, request.challenges);
    const rubric = template.rubric({ impactWeight: request.impactWeight });
    const id = newId(services);
    const now = services.now().toISOString();
    db.transaction(() => {
      insertCall(db, { id, template: template.id, settings, now });
      replaceChallenges(db, id, challenges);
      insertRubricVersion(db, id, 1, rubric, now);
      audit(db, services, 'calls.create', settings.code, {
        template: template.id,
        category: settings.category,
      });
    })();
    return requireCall(db, id);
  },

  'calls.update': (request, { services, session }) => {
    const db = session.require('office').db;
    const call = requireOpenCall(db, request.callId);
    const settings = callSettingsSchema.parse({ ...settingsOf(call), ...request.settings });
    if (settings.code !== call.code && callIdByCode(db, settings.code))
      throw new AppError('office.calls.errors.codeTaken', { code: settings.code });
    if (packagesIssued(call.status)) {
      // Reviewers hold packages made under these: changing them would change what they were sent.
      for (const field of ['category', 'reviewMode'] as const)
        if (settings[field] !== call[field])
          throw new AppError('office.calls.errors.lockedAfterIssue', { field });
    }
    const challenges = resolveChallenges(
      db,
      services,
      { id: call.id, existing: call.challenges },
      settings.category,
      request.challenges ?? (settings.category === 'challenge' ? call.challenges : []),
    );
    if (request.challenges === undefined && settings.category !== 'challenge' && call.challenges.length > 0)
      throw new AppError('office.calls.errors.challengesNeedChallengeCall');
    const now = services.now();
    db.transaction(() => {
      updateCallSettings(db, call.id, settings, now.toISOString());
      replaceChallenges(db, call.id, challenges);
      rematchIntegrity(db, requireCall(db, call.id), now);
      audit(db, services, 'calls.update', settings.code, { changed: Object.keys(request.settings) });
    })();
    return requireCall(db, call.id);
  },

  'calls.archive': (request, { services, session }) => {
    const db = session.require('office').db;
    const call = requireOpenCall(db, request.callId);
    db.transaction(() => {
      setCallStatus(db, call.id, 'archived', services.now().toISOString());
      audit(db, services, 'calls.archive', call.code, { previousStatus: call.status });
    })();
    return requireCall(db, call.id);
  },

  'calls.getRubric': (request, ctx) => {
    const db = officeDb(ctx);
    const call = requireCall(db, request.callId);
    const version = request.version ?? call.rubricVersion;
    const found = getRubricVersion(db, call.id, version);
    if (!found) throw new AppError('office.rubric.errors.versionNotFound', { version });
    return { ...found, current: version === call.rubricVersion };
  },

  'calls.updateRubric': (request, { services, session }) => {
    const db = session.require('office').db;
    const call = requireOpenCall(db, request.callId);
    if (request.baseVersion !== call.rubricVersion)
      throw new AppError('office.rubric.errors.stale', {
        base: request.baseVersion,
        current: call.rubricVersion,
      });
    const problems = rubricProblems(request.rubric);
    const [first] = problems;
    if (first)
      throw new AppError('office.rubric.errors.invalid', { count: problems.length, path: first.path });
    const current = getRubricVersion(db, call.id, call.rubricVersion);
    if (current && canonicalize(current.rubric) === canonicalize(request.rubric))
      return { call, version: call.rubricVersion, versioned: false, reissueRequired: false };

    const issued = packagesIssued(call.status);
    const version = issued ? call.rubricVersion + 1 : call.rubricVersion;
    const now = services.now().toISOString();
    db.transaction(() => {
      if (issued) {
        // Reviewers hold the old version: keep it, add the new one, and say packages must be re-issued.
        insertRubricVersion(db, call.id, version, request.rubric, now);
        setRubricVersion(db, call.id, version, now);
      } else replaceRubricVersion(db, call.id, version, request.rubric, now);
      audit(db, services, 'calls.updateRubric', call.code, { version, versioned: issued });
    })();
    const updated = findCall(db, call.id);
    if (!updated) throw new AppError('office.calls.errors.notFound', { call: call.id });
    return { call: updated, version, versioned: issued, reissueRequired: issued };
  },
};
