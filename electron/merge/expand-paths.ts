import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { bundleFileExtensions } from '../../shared/domain/bundle-files';
import { AppError } from '../../shared/errors';

/** What a folder given to merge is searched for: review and ballot bundles. */
const MERGED_EXTENSIONS = [
  `.${bundleFileExtensions['review-bundle']}`,
  `.${bundleFileExtensions['ballot-bundle']}`,
];
const GLOB_CHARS = /[*?]/;

/**
 * Turns what a person passes (files, folders, glob patterns with `*`, `?` and `**`) into the list of
 * bundle files to merge: a file as given; a folder as its review and ballot bundles (`*.pdrev`,
 * `*.pdballot`, not recursive);
 * a pattern as every matching file, sorted. Shells usually expand patterns themselves; this makes
 * quoted patterns and shells that do not (Windows) work the same. A path is never opened here.
 * Duplicates are dropped; a pattern that matches nothing is refused, so a typo is not silent.
 */
export function expandBundlePaths(patterns: readonly string[], cwd: string = process.cwd()): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      if (isDirectory(path.resolve(cwd, pattern))) {
        const inside = listDirectory(path.resolve(cwd, pattern))
          .filter(
            (entry) =>
              entry.isFile() && MERGED_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)),
          )
          .map((entry) => path.join(pattern, entry.name))
          .sort();
        if (inside.length === 0) throw new AppError('merge.errors.noMatch', { pattern });
        inside.forEach(add);
      } else {
        add(pattern);
      }
      continue;
    }
    const matches = globFiles(pattern, cwd);
    if (matches.length === 0) throw new AppError('merge.errors.noMatch', { pattern });
    matches.forEach(add);
  }
  return files;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function listDirectory(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function segmentPattern(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '[^/]*')
    .replaceAll('?', '[^/]');
  return new RegExp(`^${body}$`);
}

/** Files matching a glob pattern, relative to `cwd` when the pattern is relative. */
function globFiles(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(path.sep).join('/');
  const absolute = path.isAbsolute(normalized);
  const segments = normalized.split('/').filter((segment, index) => segment !== '' || index === 0);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const base = segments.slice(0, firstGlob).join('/') || (absolute ? '/' : '.');
  const results: string[] = [];
  const walk = (dir: string, rest: readonly string[]) => {
    const [head, ...tail] = rest;
    if (head === undefined) return;
    if (head === '**') {
      walk(dir, tail);
      for (const entry of listDirectory(path.resolve(cwd, dir))) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name), rest);
      }
      return;
    }
    const matcher = GLOB_CHARS.test(head) ? segmentPattern(head) : undefined;
    for (const entry of listDirectory(path.resolve(cwd, dir))) {
      if (matcher ? !matcher.test(entry.name) : entry.name !== head) continue;
      const next = path.join(dir, entry.name);
      if (tail.length === 0) {
        if (entry.isFile()) results.push(next);
      } else if (entry.isDirectory()) {
        walk(next, tail);
      }
    }
  };
  walk(base, segments.slice(firstGlob));
  return [...new Set(results)].sort();
}
