/**
 * The panel stage (会议评审): voting rule, ballots and the tally. Pure: the office's repositories
 * and the merge feed it rows; the result is the same whatever order the ballots arrived in.
 */
export type PanelMajority = '>1/2' | '>=2/3';
export type PanelVote = 'for' | 'against' | 'abstain';
export type ShortlistSource = 'top-n' | 'funded' | 'lottery' | 'manual';

export interface PanelRule {
  /** Fraction of eligible members who must be present (cast a ballot) for a vote to count. */
  quorum: number;
  majority: PanelMajority;
}

/** The 杰青 rule: two thirds present, more than half of those present in favour. */
export const DEFAULT_PANEL_RULE: PanelRule = { quorum: 0.6667, majority: '>1/2' };

/** Minimum panel size when the call's template says nothing; the 杰青 template says 9. */
export const DEFAULT_PANEL_MIN_MEMBERS = 5;
export const PANEL_MIN_MEMBERS_BY_TEMPLATE: Readonly<Record<string, number>> = { 'jieqing-lump-sum': 9 };

export function panelMinMembersFor(template: string): number {
  return PANEL_MIN_MEMBERS_BY_TEMPLATE[template] ?? DEFAULT_PANEL_MIN_MEMBERS;
}

export interface Ballot {
  applicationId: string;
  reviewerId: string;
  vote: PanelVote;
  finalScore: number | null;
  comment: string;
  revision: number;
  digest: string;
}

/**
 * True when `candidate` replaces `current`: the greater (revision, digest) wins, as for reviews,
 * so any merge order of the same ballots ends in the same state, and a repeat changes nothing.
 */
export function ballotWins(
  candidate: Pick<Ballot, 'revision' | 'digest'>,
  current: Pick<Ballot, 'revision' | 'digest'> | null,
): boolean {
  if (current === null) return true;
  if (candidate.revision !== current.revision) return candidate.revision > current.revision;
  return candidate.digest > current.digest;
}

export interface ApplicationTally {
  applicationId: string;
  eligible: number;
  present: number;
  for: number;
  against: number;
  abstain: number;
  recommended: boolean;
  finalMean: number | null;
  finalRange: [number, number] | null;
}

/** Whether `votesFor` of `present` passes the majority. */
export function passesMajority(majority: PanelMajority, votesFor: number, present: number): boolean {
  if (present === 0) return false;
  return majority === '>1/2' ? votesFor * 2 > present : votesFor * 3 >= present * 2;
}

/**
 * Tally per shortlisted application. Conflicted members are in neither `eligible` nor `present`,
 * and their ballots (which merge and entry refuse) are ignored here too; so are ballots of people
 * who are not members. Quorate: present ≥ quorum × eligible; the quorum is stored to four decimals, so
 * it is read as (quorum − 0.0001) and 0.6667 means two thirds (6 of 9, 200 of 300).
 */
export function tallyPanel(input: {
  rule: PanelRule;
  shortlist: readonly string[];
  members: readonly string[];
  /** `${applicationId}:${reviewerId}` for every member who may not vote on that application. */
  conflicts: ReadonlySet<string>;
  ballots: readonly Ballot[];
}): ApplicationTally[] {
  const members = new Set(input.members);
  const byApplication = new Map<string, Ballot[]>();
  for (const ballot of input.ballots) {
    if (!members.has(ballot.reviewerId)) continue;
    if (input.conflicts.has(`${ballot.applicationId}:${ballot.reviewerId}`)) continue;
    const list = byApplication.get(ballot.applicationId) ?? [];
    list.push(ballot);
    byApplication.set(ballot.applicationId, list);
  }
  return input.shortlist.map((applicationId) => {
    let eligible = 0;
    for (const member of members) if (!input.conflicts.has(`${applicationId}:${member}`)) eligible += 1;
    const ballots = byApplication.get(applicationId) ?? [];
    const count = (vote: PanelVote) => ballots.filter((ballot) => ballot.vote === vote).length;
    const present = ballots.length;
    const votesFor = count('for');
    const scores = ballots.flatMap((ballot) => (ballot.finalScore === null ? [] : [ballot.finalScore]));
    const quorate = eligible > 0 && present >= (input.rule.quorum - 0.0001) * eligible;
    return {
      applicationId,
      eligible,
      present,
      for: votesFor,
      against: count('against'),
      abstain: count('abstain'),
      recommended: quorate && passesMajority(input.rule.majority, votesFor, present),
      finalMean: scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length,
      finalRange: scores.length === 0 ? null : [Math.min(...scores), Math.max(...scores)],
    };
  });
}

/** What the shortlist picker needs of a ranked application. */
export interface RankedCandidate {
  id: string;
  excluded: boolean;
  ranking: { rank: number; group: 'funded' | 'lottery' | 'rejected' | null } | null;
}

/**
 * The shortlist drawn from a ranking, in rank order: the top N ranked, not excluded applications,
 * or those in the funded and lottery groups. The office's set-up stores it; the set-up screen
 * previews it with the same function.
 */
export function pickShortlist(
  applications: readonly RankedCandidate[],
  from: { from: 'top-n'; n: number } | { from: 'funded-and-lottery' },
): { id: string; source: ShortlistSource }[] {
  const ranked = applications
    .filter((a) => a.ranking !== null && !a.excluded)
    .sort((a, b) => (a.ranking?.rank ?? 0) - (b.ranking?.rank ?? 0));
  if (from.from === 'top-n') {
    return ranked.slice(0, from.n).map((a) => ({ id: a.id, source: 'top-n' as const }));
  }
  return ranked.flatMap((a): { id: string; source: ShortlistSource }[] =>
    a.ranking?.group === 'funded' || a.ranking?.group === 'lottery'
      ? [{ id: a.id, source: a.ranking.group }]
      : [],
  );
}
