/**
 * Text folding for matching people and institutions across spreadsheets typed by different hands:
 * NFKC (full-width letters, digits and brackets become half-width), lower case, diacritics removed,
 * punctuation and whitespace dropped or collapsed. The results are keys to compare, never shown.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const HAN = /\p{Script=Han}/u;

export function fold(raw: string): string {
  return raw.normalize('NFKC').normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase();
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Punctuation and symbols become spaces; runs of whitespace collapse to one space. */
export function words(folded: string): string[] {
  return folded
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** Every space and punctuation mark removed: Chinese is written without spaces. */
export function squeeze(folded: string): string {
  return folded.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Case- and width-insensitive comparison key for free text such as keywords and e-mails. */
export function textKey(raw: string): string {
  return words(fold(raw)).join(' ');
}

export function emailKey(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

/**
 * Splits a free-text list cell (“张伟、李娜; Wei Zhang”) as people type them in forms: Chinese and
 * Latin commas, 顿号, semicolons, vertical bars and new lines all separate items, except inside
 * brackets (“Maria Rossi (ETH Zurich, Switzerland)” is one item). The items keep
 * their characters as written (no width folding): they are shown and stored, not only compared.
 */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of cell) {
    if (char === '(' || char === '（') depth += 1;
    else if ((char === ')' || char === '）') && depth > 0) depth -= 1;
    if (depth === 0 && LIST_SEPARATORS.has(char)) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

const LIST_SEPARATORS = new Set([';', '；', '、', '\n', '\r', '|', ',', '，']);
