/**
 * `expertiseMatch` for many pairs at once: terms and tokens are interned to integers and kept
 * sorted, so an overlap is one merge of two short arrays instead of building sets. It computes
 * exactly the same numbers as expertise.ts (same formula, same operation order).
 */
import { ochiai, TERM_WEIGHT, TOKEN_WEIGHT, type ExpertiseProfile } from './expertise';

interface InternedProfile {
  terms: Int32Array;
  tokens: Int32Array;
}

export class MatchTable {
  private readonly ids = new Map<string, number>();

  intern(profile: ExpertiseProfile): InternedProfile {
    return { terms: this.sortedIds(profile.terms, 't'), tokens: this.sortedIds(profile.tokens, 'k') };
  }

  static match(application: InternedProfile, reviewer: InternedProfile): number {
    return (
      TERM_WEIGHT * sortedOverlap(application.terms, reviewer.terms) +
      TOKEN_WEIGHT * sortedOverlap(application.tokens, reviewer.tokens)
    );
  }

  private sortedIds(items: readonly string[], namespace: string): Int32Array {
    const out = new Int32Array(items.length);
    items.forEach((item, index) => {
      const key = `${namespace}:${item}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      out[index] = id;
    });
    return out.sort();
  }
}

function sortedOverlap(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return ochiai(shared, a.length, b.length);
}
