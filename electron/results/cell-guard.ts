/**
 * Formula-injection guard for spreadsheet exports (OWASP "CSV injection"). A text cell that starts
 * with = + - @, a tab or a carriage return could be read as a formula by Excel, WPS or LibreOffice;
 * the full-width forms (＝ ＋ － ＠) are included because CJK input methods produce them and some
 * spreadsheet builds normalise them. Numbers are never guarded: they are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as a spreadsheet will show it literally: prefixed with an apostrophe when needed. */
export function guardText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
