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
 * Latin commas, 顿号, semicolons, vertical bars and new lines all separate items.
 */
export function splitList(cell: string): string[] {
  return cell
    .normalize('NFKC')
    .split(/[;；、\n\r|,，]+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
