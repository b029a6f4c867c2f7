import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationProfile, expertiseMatch, keywordTerms, reviewerProfile, termTokens } from './expertise';
import { MatchTable } from './match-table';

describe('expertise match', () => {
  it('normalises keywords: width, case and white space do not matter', () => {
    expect(keywordTerms(['  Machine   Learning ', 'ＭＡＣＨＩＮＥ learning', '', '机器学习'])).toEqual([
      'machine learning',
      '机器学习',
    ]);
  });

  it('splits Latin words and Chinese bigrams', () => {
    expect(termTokens(['deep learning of graphs', '机器学习', '5g通信'])).toEqual([
      'deep',
      'learning',
      'graphs',
      '机器',
      '器学',
      '学习',
      '5g',
      '通信',
    ]);
  });

  it('is 1 for identical keywords, 0 for nothing shared, partial for near misses', () => {
    const reviewer = reviewerProfile(['graphene', 'catalysis']);
    expect(expertiseMatch(applicationProfile(['Graphene', 'Catalysis'], ''), reviewer)).toBeCloseTo(1);
    expect(expertiseMatch(applicationProfile(['ecology'], ''), reviewer)).toBe(0);
    const near = expertiseMatch(applicationProfile(['深度学习'], ''), reviewerProfile(['机器学习']));
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(0.3);
  });

  it('the interned table computes exactly the same numbers', () => {
    const words = fc.constantFrom(
      '机器学习',
      '深度学习',
      'Deep Learning',
      'machine learning',
      'ecology',
      'B05',
      '水稻',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 5 }),
        words,
        fc.array(words, { maxLength: 5 }),
        (keywords, discipline, expertise) => {
          const table = new MatchTable();
          const application = applicationProfile(keywords, discipline);
          const reviewer = reviewerProfile(expertise);
          expect(MatchTable.match(table.intern(application), table.intern(reviewer))).toBe(
            expertiseMatch(application, reviewer),
          );
        },
      ),
      { seed: 3 },
    );
  });
});
