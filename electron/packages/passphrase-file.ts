import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
 * The folder the officer's passphrase list goes to for packages written to `packagesDir`: the
 * sibling `<packagesDir>-passphrases/`, made (owner-only) when missing. Packages and passphrases
 * travel by different routes, so the list is kept out of the folder that gets copied to reviewers.
 */
export function passphraseListDir(packagesDir: string): string {
  const dir = `${path.resolve(packagesDir)}-passphrases`;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * Writes the passphrase list into `dir` as `passphrases.csv`, or `passphrases-<time>.csv` when that
 * name is taken (an earlier list may still be needed); never overwrites. Readable by its owner only
 * (0600). Returns the path.
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
  writeFileSync(file, passphraseCsv(rows, passphraseHeaders(language)), { flag: 'wx', mode: 0o600 });
  return file;
}

/** What an issued package tells its passphrase list. */
export interface IssuedPassphrase {
  name: string;
  email: string;
  fileName: string;
  version: number;
  passphrase: string;
}

/** A package's row in the passphrase list. */
export function passphraseRow(callCode: string, issued: IssuedPassphrase): PassphraseRow {
  return {
    name: issued.name,
    email: issued.email,
    call: callCode,
    file: issued.fileName,
    version: issued.version,
    passphrase: issued.passphrase,
  };
}

/**
 * The passphrase list of one issue, beside its packages folder (`passphraseListDir`); null when
 * no package was issued. Returns the path.
 */
export function passphraseListFor(
  issue: { outDir: string; callCode: string; packages: readonly IssuedPassphrase[] },
  context: { language: Language; services: { now: () => Date } },
): string | null {
  if (issue.packages.length === 0) return null;
  return writePassphraseList(
    passphraseListDir(issue.outDir),
    issue.packages.map((issued) => passphraseRow(issue.callCode, issued)),
    context.language,
    context.services.now(),
  );
}
