/**
 * Expertise match between an application and a reviewer, in [0, 1].
 *
 *   match = 0.7 · O(terms) + 0.3 · O(tokens),   O(A, B) = |A ∩ B| / √(|A| · |B|)
 *
 * O is the Ochiai (cosine) overlap of two sets. Unlike the Jaccard index it does not halve a
 * reviewer's match for listing each keyword in both Chinese and English, while keyword stuffing still
 * costs (√|B|). Terms are whole keywords after normalisation (NFKC, lower case, white space
 * collapsed); the application's terms are its keywords plus its discipline, the reviewer's are
 * their expertise keywords. Tokens catch near misses between different keywords: Latin words of two
 * or more letters (minus a few function words) and, for Chinese, character bigrams, so
 * "deep learning" ~ "machine learning" and 深度学习 ~ 机器学习 score above zero.
 */

export const TERM_WEIGHT = 0.7;
export const TOKEN_WEIGHT = 0.3;
const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function normaliseKeyword(keyword: string): string {
  return keyword.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The normalised, de-duplicated terms of a list of keywords (empty ones dropped). */
export function keywordTerms(keywords: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const keyword of keywords) {
    const term = normaliseKeyword(keyword);
    if (term !== '') terms.add(term);
  }
  return [...terms];
}

/** Word tokens and CJK character bigrams of normalised terms. */
export function termTokens(terms: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const term of terms) {
    for (const run of term.split(/[^\p{L}\p{N}]+/u)) {
      if (run === '') continue;
      // Split a mixed run such as "5g通信" into its Latin and CJK parts.
      for (const part of run.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/gu) ?? []) {
        if (CJK.test(part)) {
          const chars = [...part];
          if (chars.length === 1) tokens.add(part);
          for (let i = 0; i + 1 < chars.length; i += 1) tokens.add(`${chars[i]}${chars[i + 1]}`);
        } else if (part.length >= 2 && !STOP_WORDS.has(part)) {
          tokens.add(part);
        }
      }
    }
  }
  return [...tokens];
}

/** What the match needs of one side, computed once per application or reviewer. */
export interface ExpertiseProfile {
  terms: readonly string[];
  tokens: readonly string[];
}

export function applicationProfile(keywords: readonly string[], discipline: string): ExpertiseProfile {
  const terms = keywordTerms([...keywords, discipline]);
  return { terms, tokens: termTokens(terms) };
}

export function reviewerProfile(expertise: readonly string[]): ExpertiseProfile {
  const terms = keywordTerms(expertise);
  return { terms, tokens: termTokens(terms) };
}

/** Ochiai overlap of two sets given as arrays of distinct items. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const lookup = new Set(large);
  let shared = 0;
  for (const item of small) if (lookup.has(item)) shared += 1;
  return ochiai(shared, a.length, b.length);
}

/** The same formula for both implementations (here and match-table.ts), so they agree exactly. */
export function ochiai(shared: number, sizeA: number, sizeB: number): number {
  return shared / Math.sqrt(sizeA * sizeB);
}

export function expertiseMatch(application: ExpertiseProfile, reviewer: ExpertiseProfile): number {
  return (
    TERM_WEIGHT * overlap(application.terms, reviewer.terms) +
    TOKEN_WEIGHT * overlap(application.tokens, reviewer.tokens)
  );
}
