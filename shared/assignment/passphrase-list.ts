/**
 * The officer's passphrase list (passphrases.csv): one row per issued package. UTF-8 with a byte
 * order mark and CRLF line ends so Excel opens Chinese names correctly; every cell quoted, and a
 * cell that a spreadsheet would read as a formula (= + - @, tab, carriage return) gets a leading
 * apostrophe, so a reviewer named "=HYPERLINK(…)" stays text.
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

const BOM = '\ufeff';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function passphraseCsv(rows: readonly PassphraseRow[], headers: PassphraseHeaders): string {
  const columns = ['name', 'email', 'call', 'file', 'version', 'passphrase'] as const;
  const lines = [columns.map((column) => csvCell(headers[column]))];
  for (const row of rows) lines.push(columns.map((column) => csvCell(String(row[column]))));
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
