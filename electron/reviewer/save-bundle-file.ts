import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/** Writes through a temporary file and a rename, so a crash never leaves half a bundle. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  if (existsSync(file)) throw new AppError('errors.fileExists', { path: file });
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes, { flag: 'w' });
  renameSync(partial, file);
}

/** `name` in `dir`, or `name-2`, `name-3`… when taken: exporting into a folder never overwrites. */
export function freeFileName(dir: string, name: string): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n += 1) {
    const file = path.join(dir, n === 1 ? name : `${stem}-${n}${extension}`);
    if (!existsSync(file) && !existsSync(`${file}.partial`)) return file;
  }
}

/** Where an exported bundle goes: into a folder under its suggested name, or to the file named. */
export function bundleTarget(requested: string, suggestedName: string): string {
  const target = path.resolve(requested);
  return existsSync(target) && statSync(target).isDirectory() ? freeFileName(target, suggestedName) : target;
}
