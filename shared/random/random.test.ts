import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from './xoshiro128';
import { deriveSeed, hashSeed } from './seed';
import { Random } from './random';
import { sampleWithoutReplacement, shuffle } from './permute';
import { seededByteSource } from './bytes';

function meanVar(xs: readonly number[]): { mean: number; variance: number } {
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  return { mean, variance: ss / (xs.length - 1) };
}

function minOf(xs: readonly number[]): number {
  return xs.reduce((m, x) => (x < m ? x : m), Number.POSITIVE_INFINITY);
}

function maxOf(xs: readonly number[]): number {
  return xs.reduce((m, x) => (x > m ? x : m), Number.NEGATIVE_INFINITY);
}

function draws(n: number, f: () => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(f());
  return out;
}

describe('xoshiro128**', () => {
  it('matches the reference C implementation from state {1, 2, 3, 4}', () => {
    // Blackman & Vigna, xoshiro128starstar.c v1.1 (the vector used by Rust's rand_xoshiro tests).
    const g = new Xoshiro128([1, 2, 3, 4]);
    expect(draws(10, () => g.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it('refuses the all-zero state', () => {
    expect(() => new Xoshiro128([0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe('seeds', () => {
  it('hash the seed text with 32-bit integer maths (independent Python reference)', () => {
    // Values computed by a separate Python implementation of the same absorb/finalise steps
    // using unsigned big-integer arithmetic masked to 32 bits.
    expect(hashSeed('peerdesk')).toEqual(PY_PEERDESK_STATE);
    expect(hashSeed('')).toEqual(PY_EMPTY_STATE);
    const r = new Random('peerdesk');
    expect(draws(4, () => r.uint32())).toEqual(PY_PEERDESK_OUTPUTS);
  });

  it('treat a number seed as its decimal text and separate different seeds', () => {
    expect(hashSeed(42)).toEqual(hashSeed('42'));
    expect(hashSeed('a')).not.toEqual(hashSeed('b'));
    expect(hashSeed('a')).not.toEqual(hashSeed('a\u0000'));
    expect(() => hashSeed(Number.NaN)).toThrow(RangeError);
  });

  it('derive distinct named sub-streams', () => {
    const a = new Random(deriveSeed('s', 'chain', 0));
    const b = new Random(deriveSeed('s', 'chain', 1));
    expect(a.uint32()).not.toBe(b.uint32());
    expect(deriveSeed('s', 'chain', 1)).toBe(deriveSeed('s', 'chain', '1'));
  });

  it('same seed, same stream; different seed, different stream', () => {
    const a = new Random('x');
    const b = new Random('x');
    const c = new Random('y');
    const sa = draws(50, () => a.normal());
    expect(draws(50, () => b.normal())).toEqual(sa);
    expect(draws(50, () => c.normal())).not.toEqual(sa);
  });
});

describe('distributions', () => {
  const N = 200_000;

  it('uniform lies in [0, 1) with mean 1/2 and variance 1/12', () => {
    const r = new Random('uniform');
    const xs = draws(N, () => r.uniform());
    expect(minOf(xs)).toBeGreaterThanOrEqual(0);
    expect(maxOf(xs)).toBeLessThan(1);
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('int(n) is unbiased and in range', () => {
    const r = new Random('int');
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) {
      const k = r.int(7);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    // Chi-square with 6 d.f.: 22.46 is the 0.999 quantile.
    const chi = counts.reduce((s, c) => s + ((c - 10_000) * (c - 10_000)) / 10_000, 0);
    expect(chi).toBeLessThan(22.46);
    expect(r.int(1)).toBe(0);
    expect(() => r.int(0)).toThrow(RangeError);
    expect(() => r.int(2.5)).toThrow(RangeError);
  });

  it('normal has mean 0, variance 1 and the right tail mass', () => {
    const r = new Random('normal');
    const xs = draws(N, () => r.normal());
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    const below = xs.filter((x) => x < 1.959964).length / N;
    expect(Math.abs(below - 0.975)).toBeLessThan(0.002);
  });

  it.each([
    [0.5, 1],
    [2.5, 2],
    [10, 0.3],
  ])('gamma(shape=%s, scale=%s) has mean k·θ and variance k·θ²', (shape, scale) => {
    const r = new Random(`gamma-${shape}`);
    const xs = draws(N, () => r.gamma(shape, scale));
    expect(minOf(xs)).toBeGreaterThan(0);
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean - shape * scale) / (shape * scale)).toBeLessThan(0.01);
    expect(Math.abs(variance - shape * scale * scale) / (shape * scale * scale)).toBeLessThan(0.03);
  });

  it('inverse-gamma(5, 2) has mean 0.5 and variance 1/12', () => {
    const r = new Random('ig');
    const xs = draws(N, () => r.inverseGamma(5, 2));
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.005);
  });

  it('rejects invalid distribution parameters', () => {
    const r = new Random('bad');
    expect(() => r.gamma(0)).toThrow(RangeError);
    expect(() => r.gamma(1, -1)).toThrow(RangeError);
    expect(() => r.inverseGamma(2, 0)).toThrow(RangeError);
  });
});

describe('shuffle and sample', () => {
  it('shuffle returns a permutation and leaves the input alone', () => {
    const r = new Random('shuffle');
    const input = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffle(r, input);
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...out].sort()).toEqual(input);
  });

  it('shuffle makes all 6 orders of 3 items about equally likely', () => {
    const r = new Random('perm3');
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const key = shuffle(r, [1, 2, 3]).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Chi-square with 5 d.f.: 20.52 is the 0.999 quantile.
    let chi = 0;
    for (const c of counts.values()) chi += ((c - 10_000) * (c - 10_000)) / 10_000;
    expect(chi).toBeLessThan(20.52);
  });

  it('sampleWithoutReplacement draws k distinct items, each position uniform', () => {
    const r = new Random('sample');
    const items = ['a', 'b', 'c', 'd'];
    const first = new Map<string, number>();
    let allDistinct = true;
    for (let i = 0; i < 40_000; i++) {
      const s = sampleWithoutReplacement(r, items, 2);
      if (new Set(s).size !== 2) allDistinct = false;
      const f = s[0] ?? '';
      first.set(f, (first.get(f) ?? 0) + 1);
    }
    expect(allDistinct).toBe(true);
    expect(first.size).toBe(4);
    for (const c of first.values()) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    expect(sampleWithoutReplacement(r, items, 0)).toEqual([]);
    expect([...sampleWithoutReplacement(r, items, 4)].sort()).toEqual(items);
    expect(() => sampleWithoutReplacement(r, items, 5)).toThrow(RangeError);
    expect(() => sampleWithoutReplacement(r, items, -1)).toThrow(RangeError);
  });
});

// --- Independent reference values (see the 'hash the seed text' test) ---
const PY_PEERDESK_STATE: readonly number[] = [3688972818, 1951596683, 2513932638, 6582703];
const PY_EMPTY_STATE: readonly number[] = [708306494, 2890474337, 601226546, 1527209619];
const PY_PEERDESK_OUTPUTS: readonly number[] = [1267480754, 4078763545, 491855489, 1508919079];

describe('seededByteSource', () => {
  it('gives the same bytes for one seed and sequence of requests, and other bytes for another seed', () => {
    const first = seededByteSource('demo');
    const whole = first(23);
    expect(whole).toHaveLength(23);
    const next = first(16);
    const again = seededByteSource('demo');
    expect([...again(23)]).toEqual([...whole]);
    expect([...again(16)]).toEqual([...next]);
    expect([...next]).not.toEqual([...whole.slice(0, 16)]);
    expect([...seededByteSource('other')(23)]).not.toEqual([...whole]);
    expect(new Set(seededByteSource('demo')(4096)).size).toBe(256);
  });
});
