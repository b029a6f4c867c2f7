/**
 * The one guard for text written into spreadsheets (CSV and XLSX exports, passphrases.csv).
 *
 * Characters a cell must not carry are removed: C0 controls other than tab and line breaks (NUL
 * included; XML cannot hold them, so an XLSX would be corrupt), DEL and the C1 controls, U+FFFE and
 * U+FFFF, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * which can make "invoice‮fdp.exe" display as "invoiceexe.pdf".
 *
 * Formula injection (OWASP "CSV injection"): a CSV cell that starts with = + - @, a tab or a carriage
 * return could be read as a formula by Excel, WPS or LibreOffice; the full-width forms (＝ ＋ － ＠)
 * are included because CJK input methods produce them and some spreadsheet builds normalise them.
 * Such a cell gets a leading apostrophe. Numbers are never guarded: they are written as numbers.
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/gu;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
const GUARDED_FORMULA = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** The text without the characters no spreadsheet cell should carry (see above). */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as a spreadsheet will show it literally: cleaned, and prefixed with an apostrophe when needed. */
export function guardText(text: string): string {
  const clean = stripUnsafeCharacters(text);
  return isFormulaLike(clean) ? `'${clean}` : clean;
}

/** Reading back a CSV this app wrote: the guard's apostrophe taken off again. */
export function unguardText(text: string): string {
  return GUARDED_FORMULA.test(text) ? text.slice(1) : text;
}
