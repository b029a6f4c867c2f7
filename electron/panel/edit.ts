import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  insertConsensus,
  latestConsensus,
  listConsensus,
  listShortlist,
  replaceSchedule,
  upsertPanel,
  type ConsensusRow,
  type ScheduleRow,
} from '../../db/repositories/panel';
import type { PanelRule } from '../../shared/domain/panel';
import { AppError } from '../../shared/errors';
import { activeShortlist, requirePanel } from './view';

/** Replaces the defence schedule; every entry must be shortlisted, positions unique. Audited. */
export function setSchedule(
  db: Db,
  callReference: string,
  entries: readonly ScheduleRow[],
  at: string,
): string {
  const panel = requirePanel(db, callReference);
  const shortlist = new Set(activeShortlist(db, panel.callId));
  const positions = new Set<number>();
  const applications = new Set<string>();
  for (const entry of entries) {
    if (!shortlist.has(entry.applicationId)) {
      throw new AppError('panel.errors.notShortlisted', { application: entry.applicationId });
    }
    if (positions.has(entry.position) || applications.has(entry.applicationId)) {
      throw new AppError('panel.errors.scheduleDuplicate', { position: entry.position });
    }
    positions.add(entry.position);
    applications.add(entry.applicationId);
  }
  db.transaction(() => {
    replaceSchedule(db, panel.callId, entries);
    appendAudit(db, {
      at,
      actor: 'officer',
      action: 'panel.schedule.set',
      subject: panel.code,
      details: { entries },
    });
  })();
  return panel.callId;
}

/** Declares the voting rule (and whether funding needs a recommendation). Audited. */
export function setRule(
  db: Db,
  callReference: string,
  rule: PanelRule,
  requiresRecommendation: boolean | undefined,
  at: string,
): string {
  const panel = requirePanel(db, callReference);
  const next = {
    ...panel,
    rule,
    requiresRecommendation: requiresRecommendation ?? panel.requiresRecommendation,
  };
  db.transaction(() => {
    upsertPanel(db, next, at);
    appendAudit(db, {
      at,
      actor: 'officer',
      action: 'panel.rule.set',
      subject: panel.code,
      details: {
        before: { rule: panel.rule, requiresRecommendation: panel.requiresRecommendation },
        after: { rule, requiresRecommendation: next.requiresRecommendation },
      },
    });
  })();
  return panel.callId;
}

/**
 * Saves a new revision of the consensus text (every revision is kept). A finalised text may still
 * be revised (it goes back to draft); a locked one may not change at all.
 */
export function saveConsensus(
  db: Db,
  callReference: string,
  input: { applicationId: string; text: string; author: string; state?: 'final' | 'locked' },
  at: string,
): ConsensusRow {
  const panel = requirePanel(db, callReference);
  if (!activeShortlist(db, panel.callId).includes(input.applicationId)) {
    throw new AppError('panel.errors.notShortlisted', { application: input.applicationId });
  }
  const latest = latestConsensus(db, panel.callId, input.applicationId);
  if (latest?.state === 'locked') throw new AppError('panel.errors.consensusLocked');
  if (input.state !== undefined && latest === null) throw new AppError('panel.errors.noConsensus');
  const row: ConsensusRow = {
    applicationId: input.applicationId,
    revision: (latest?.revision ?? 0) + 1,
    state: input.state ?? 'draft',
    text: input.state === undefined ? input.text : (latest?.text ?? ''),
    author: input.author,
    savedAt: at,
  };
  db.transaction(() => {
    insertConsensus(db, panel.callId, row);
    appendAudit(db, {
      at,
      actor: input.author,
      action: `panel.consensus.${row.state}`,
      subject: input.applicationId,
      details: { callId: panel.callId, revision: row.revision, length: row.text.length },
    });
  })();
  return row;
}

/** Every revision of one shortlisted application's consensus text, oldest first. */
export function consensusRevisions(
  db: Db,
  callReference: string,
  applicationId: string,
): Omit<ConsensusRow, 'applicationId'>[] {
  const panel = requirePanel(db, callReference);
  if (!listShortlist(db, panel.callId).some((row) => row.applicationId === applicationId)) {
    throw new AppError('panel.errors.notShortlisted', { application: applicationId });
  }
  return listConsensus(db, panel.callId)
    .filter((row) => row.applicationId === applicationId)
    .map(({ revision, state, text, author, savedAt }) => ({ revision, state, text, author, savedAt }));
}
