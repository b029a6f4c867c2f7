import { describe, expect, it } from 'vitest';
import { compareByRules, defaultTieBreak, parseTieBreak } from './tie-break';

describe('tie-break rules', () => {
  it('default follows Horizon Europe: method score, overall, Excellence, Impact', () => {
    expect(defaultTieBreak('mean')).toEqual(['mean', 'criterion:excellence', 'criterion:impact']);
    expect(defaultTieBreak('bayes')).toEqual(['er', 'mean', 'criterion:excellence', 'criterion:impact']);
    expect(defaultTieBreak('zscore')[0]).toBe('zscore');
  });

  it('er is lower-better; scores follow the rubric direction', () => {
    expect(parseTieBreak(['er', 'mean', 'criterion:x'], 'higher-is-better')).toEqual([
      { key: 'er', better: 'lower' },
      { key: 'mean', better: 'higher' },
      { key: 'criterion:x', better: 'higher' },
    ]);
    expect(parseTieBreak(['meanScore'], 'lower-is-better')).toEqual([{ key: 'mean', better: 'lower' }]);
    expect(() => parseTieBreak(['inputOrder'], 'higher-is-better')).toThrow(/invalidOption/);
    expect(() => parseTieBreak(['criterion:'], 'higher-is-better')).toThrow(/invalidOption/);
  });

  it('the first differing rule decides; missing values are worse; all-equal is a tie', () => {
    const rules = parseTieBreak(['mean', 'criterion:excellence', 'criterion:impact'], 'higher-is-better');
    const a = { mean: 4, 'criterion:excellence': 4.5, 'criterion:impact': 3 };
    const b = { mean: 4, 'criterion:excellence': 4, 'criterion:impact': 5 };
    expect(compareByRules(a, b, rules)).toBeLessThan(0); // Excellence decides before Impact
    expect(compareByRules(b, a, rules)).toBeGreaterThan(0);
    expect(compareByRules({ mean: 4 }, { mean: 4, 'criterion:excellence': 1 }, rules)).toBeGreaterThan(0);
    expect(compareByRules({ mean: 4 }, { mean: 4 }, rules)).toBe(0);
  });
});
