import { csvDocument } from '../tables/csv-write';

/**
 * The officer's passphrase list (passphrases.csv): one row per issued package, written by the one
 * CSV writer (shared/tables/csv-write.ts): UTF-8 with a byte order mark and CRLF line ends so Excel
 * opens Chinese names correctly, every cell quoted, control and bidi characters removed, and a cell
 * that a spreadsheet would read as a formula (= + - @, their full-width forms, tab, carriage return)
 * gets a leading apostrophe, so a reviewer named "=HYPERLINK(…)" stays text.
 */
export interface PassphraseRow {
  name: string;
  email: string;
  call: string;
  file: string;
  version: number;
  passphrase: string;
}

export interface PassphraseHeaders {
  name: string;
  email: string;
  call: string;
  file: string;
  version: string;
  passphrase: string;
}

export function passphraseCsv(rows: readonly PassphraseRow[], headers: PassphraseHeaders): string {
  const columns = ['name', 'email', 'call', 'file', 'version', 'passphrase'] as const;
  return csvDocument(
    [
      columns.map((column) => headers[column]),
      ...rows.map((row) => columns.map((column) => String(row[column]))),
    ],
    { quoteAll: true },
  );
}
