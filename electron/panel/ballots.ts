import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { findBallot, listMembers, panelConflicts, upsertBallot } from '../../db/repositories/panel';
import { ballotWins, type Ballot } from '../../shared/domain/panel';
import { AppError } from '../../shared/errors';
import { sha256Hex } from '../crypto/hash';
import { activeShortlist, requirePanel } from './view';

/** The digest of a ballot's content, so equal ballots have equal digests wherever they come from. */
export function ballotDigest(ballot: Omit<Ballot, 'digest' | 'revision'> & { revision: number }): string {
  return sha256Hex(
    JSON.stringify([
      ballot.applicationId,
      ballot.reviewerId,
      ballot.revision,
      ballot.vote,
      ballot.finalScore,
      ballot.comment,
    ]),
  );
}

/** Who may vote on what in a call's panel: read once, then checked per ballot. */
export interface PanelRoster {
  members: ReadonlySet<string>;
  shortlist: ReadonlySet<string>;
  /** `${applicationId}:${reviewerId}` */
  conflicts: ReadonlySet<string>;
}

export function panelRoster(db: Db, callId: string): PanelRoster {
  return {
    members: new Set(listMembers(db, callId)),
    shortlist: new Set(activeShortlist(db, callId)),
    conflicts: panelConflicts(db, callId),
  };
}

/**
 * Refuses a ballot that may not count: the voter is not a member, the application is not on the
 * shortlist, or the member is conflicted on it (回避). Called for bundles and paper alike.
 */
export function checkBallotAllowed(
  db: Db,
  callId: string,
  ballot: Pick<Ballot, 'applicationId' | 'reviewerId'>,
  roster: PanelRoster = panelRoster(db, callId),
): void {
  if (!roster.members.has(ballot.reviewerId)) {
    throw new AppError('panel.errors.notMember', { id: ballot.reviewerId });
  }
  if (!roster.shortlist.has(ballot.applicationId)) {
    throw new AppError('panel.errors.notShortlisted', { application: ballot.applicationId });
  }
  if (roster.conflicts.has(`${ballot.applicationId}:${ballot.reviewerId}`)) {
    throw new AppError('panel.errors.conflicted', {
      id: ballot.reviewerId,
      application: ballot.applicationId,
    });
  }
}

/**
 * Stores a ballot from a bundle if it wins over the stored one (greater (revision, digest)); a
 * repeat or an older revision changes nothing. Returns whether it was applied. Caller's transaction.
 */
export function mergeBallot(db: Db, callId: string, ballot: Ballot, at: string): boolean {
  checkBallotAllowed(db, callId, ballot);
  const current = findBallot(db, callId, ballot.applicationId, ballot.reviewerId);
  if (!ballotWins(ballot, current)) return false;
  upsertBallot(db, callId, { ...ballot, source: 'bundle', enteredBy: null, receivedAt: at });
  return true;
}

/** A paper ballot typed in by the officer: the next revision after the stored one, audited. */
export function enterPaperBallot(
  db: Db,
  callReference: string,
  input: Omit<Ballot, 'revision' | 'digest'>,
  at: string,
): { revision: number } {
  const panel = requirePanel(db, callReference);
  checkBallotAllowed(db, panel.callId, input);
  const current = findBallot(db, panel.callId, input.applicationId, input.reviewerId);
  const revision = (current?.revision ?? 0) + 1;
  const digest = ballotDigest({ ...input, revision });
  db.transaction(() => {
    upsertBallot(db, panel.callId, {
      ...input,
      revision,
      digest,
      source: 'paper',
      enteredBy: 'officer',
      receivedAt: at,
    });
    appendAudit(db, {
      at,
      actor: 'officer',
      action: 'panel.ballot.paper',
      subject: input.applicationId,
      details: {
        callId: panel.callId,
        reviewerId: input.reviewerId,
        before: current && { vote: current.vote, finalScore: current.finalScore, revision: current.revision },
        after: { vote: input.vote, finalScore: input.finalScore, revision },
      },
    });
  })();
  return { revision };
}
