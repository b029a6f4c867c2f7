import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { passphraseCsv, type PassphraseRow } from '../../shared/assignment/passphrase-list';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';

/** Column headers of passphrases.csv in the officer's language. */
export function passphraseHeaders(language: Language) {
  const header = (key: string) => translate(language, `assignment.packages.csv.${key}`);
  return {
    name: header('name'),
    email: header('email'),
    call: header('call'),
    file: header('file'),
    version: header('version'),
    passphrase: header('passphrase'),
  };
}

/**
 * Writes the passphrase list into `dir` as `passphrases.csv`, or `passphrases-<time>.csv` when that
 * name is taken (an earlier list may still be needed); never overwrites. Returns the path.
 */
export function writePassphraseList(
  dir: string,
  rows: readonly PassphraseRow[],
  language: Language,
  at: Date,
): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const preferred = path.join(dir, 'passphrases.csv');
  const file = existsSync(preferred) ? path.join(dir, `passphrases-${stamp}.csv`) : preferred;
  writeFileSync(file, passphraseCsv(rows, passphraseHeaders(language)), { flag: 'wx' });
  return file;
}
