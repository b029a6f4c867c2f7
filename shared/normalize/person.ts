import { fold, hasHan, squeeze, words } from './text';

/** Titles that prefix a name on lists and forms and say nothing about who it is. */
const LATIN_TITLES = new Set(['prof', 'professor', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'phd']);
const HAN_TITLES = /(教授|研究员|副教授|博士|院士|先生|女士|老师)$/u;

/**
 * A key that is equal for two spellings of the same person's name:
 * - Chinese names: every space and separator dot removed (“欧阳 修”, “欧阳·修” → “欧阳修”),
 *   a trailing title dropped (“张伟教授” → “张伟”).
 * - Latin names: case, diacritics and titles ignored, hyphens inside a part joined, and the
 *   order of parts ignored, so “Zhang Wei”, “WEI Zhang”, “Zhang, Wei” and “Dr. Wei Zhang” agree.
 * Transliteration (张伟 vs Zhang Wei) is deliberately not attempted: it would match strangers.
 */
export function personKey(raw: string): string {
  const folded = fold(raw);
  if (hasHan(folded)) return squeeze(folded).replace(HAN_TITLES, '');
  const parts = words(folded.replace(/(\p{L})[-'’‐](\p{L})/gu, '$1$2')).filter(
    (part) => !LATIN_TITLES.has(part),
  );
  return parts.sort().join(' ');
}

/** Whether two written names are the same person's name (empty names never match). */
export function samePerson(a: string, b: string): boolean {
  const key = personKey(a);
  return key !== '' && key === personKey(b);
}

/**
 * Splits “李娜（广西医科大学）” or “Maria Rossi (ETH Zurich)” into the name and the institution in
 * brackets, as team and collaborator lists are often written; no brackets means no institution.
 */
export function personWithAffiliation(raw: string): { name: string; institution: string } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(raw.normalize('NFKC'));
  if (!match || (match[1] ?? '').trim() === '') return { name: raw.trim(), institution: '' };
  return { name: (match[1] ?? '').trim(), institution: (match[2] ?? '').trim() };
}
