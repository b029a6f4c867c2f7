import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ballotWins,
  DEFAULT_PANEL_RULE,
  passesMajority,
  tallyPanel,
  type Ballot,
  type PanelVote,
} from './panel';

const members = Array.from({ length: 9 }, (_, i) => `m${i + 1}`);

function ballots(votes: readonly PanelVote[], application = 'a1'): Ballot[] {
  return votes.map((vote, i) => ({
    applicationId: application,
    reviewerId: members[i] ?? `x${i}`,
    vote,
    finalScore: null,
    comment: '',
    revision: 1,
    digest: `d${i}`,
  }));
}

describe('panel tally', () => {
  it('is quorate at 6 of 9 present under the default two-thirds quorum, not at 5', () => {
    const six = tallyPanel({
      rule: DEFAULT_PANEL_RULE,
      shortlist: ['a1'],
      members,
      conflicts: new Set(),
      ballots: ballots(['for', 'for', 'for', 'for', 'against', 'abstain']),
    });
    expect(six[0]).toMatchObject({ eligible: 9, present: 6, for: 4, recommended: true });
    const five = tallyPanel({
      rule: DEFAULT_PANEL_RULE,
      shortlist: ['a1'],
      members,
      conflicts: new Set(),
      ballots: ballots(['for', 'for', 'for', 'for', 'for']),
    });
    expect(five[0]).toMatchObject({ present: 5, recommended: false });
  });

  it('counts a conflicted member in neither eligible nor present, and ignores their ballot', () => {
    const [row] = tallyPanel({
      rule: DEFAULT_PANEL_RULE,
      shortlist: ['a1'],
      members,
      conflicts: new Set(['a1:m1', 'a1:m2', 'a1:m3']),
      ballots: ballots(['for', 'for', 'for', 'against', 'against', 'for', 'for']),
    });
    expect(row).toMatchObject({ eligible: 6, present: 4, for: 2, against: 2, recommended: false });
  });

  it('separates more than half from at least two thirds at the edges', () => {
    expect(passesMajority('>1/2', 3, 6)).toBe(false);
    expect(passesMajority('>1/2', 4, 6)).toBe(true);
    expect(passesMajority('>=2/3', 4, 6)).toBe(true);
    expect(passesMajority('>=2/3', 5, 8)).toBe(false);
    expect(passesMajority('>=2/3', 0, 0)).toBe(false);
  });

  it('gives the mean and range of the final scores given', () => {
    const scored = ballots(['for', 'for', 'against', 'abstain', 'for', 'for']).map((ballot, i) => ({
      ...ballot,
      finalScore: i === 3 ? null : ([4, 5, 2, 0, 3, 4][i] ?? null),
    }));
    const [row] = tallyPanel({
      rule: DEFAULT_PANEL_RULE,
      shortlist: ['a1'],
      members,
      conflicts: new Set(),
      ballots: scored,
    });
    expect(row?.finalMean).toBeCloseTo(3.6);
    expect(row?.finalRange).toEqual([2, 5]);
  });
});

/** Merge by the (revision, digest) rule into a map, as the office store does. */
function mergeAll(sequence: readonly Ballot[]): Ballot[] {
  const state = new Map<string, Ballot>();
  for (const ballot of sequence) {
    const key = `${ballot.applicationId}:${ballot.reviewerId}`;
    if (ballotWins(ballot, state.get(key) ?? null)) state.set(key, ballot);
  }
  return [...state.values()];
}

describe('ballot merge', () => {
  it('ends in the same tally whatever the order and however often ballots repeat', () => {
    const vote = fc.constantFrom<PanelVote>('for', 'against', 'abstain');
    // The digest stands for a hash of the content: equal (revision, digest) means equal content.
    const ballotArb = fc
      .record({
        applicationId: fc.constantFrom('a1', 'a2', 'a3'),
        reviewerId: fc.constantFrom(...members),
        vote,
        finalScore: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        comment: fc.constant(''),
        revision: fc.integer({ min: 1, max: 3 }),
      })
      .map((ballot): Ballot => ({ ...ballot, digest: `${ballot.vote}|${String(ballot.finalScore)}` }));
    fc.assert(
      fc.property(
        fc.array(ballotArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 80 }),
        (all, picks) => {
          const conflicts = new Set(['a1:m1', 'a2:m9']);
          const tally = (sequence: readonly Ballot[]) =>
            tallyPanel({
              rule: DEFAULT_PANEL_RULE,
              shortlist: ['a1', 'a2', 'a3'],
              members,
              conflicts,
              ballots: mergeAll(sequence),
            });
          const reference = tally(all);
          // A permutation with repeats: every ballot at least once, in the order the picks give.
          const shuffled = [...all, ...picks.map((p) => all[p % all.length] as Ballot)]
            .map((ballot, i) => ({ ballot, key: picks[i % picks.length] ?? 0 }))
            .sort((x, y) => x.key - y.key)
            .map((entry) => entry.ballot);
          expect(tally(shuffled)).toEqual(reference);
          expect(tally([...shuffled, ...shuffled])).toEqual(reference);
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });
});
